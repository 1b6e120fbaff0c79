/**
 * What the plugin's admin routes take and answer, as the admin screens read them: derived from the
 * server's zod schemas and services. Type-only imports: nothing of the server reaches the bundle.
 */
import type { z } from 'zod';

import type { NewsroomSettings, settingsSchema } from '../../../server/src/config/schema';
import type { CorrectionKind } from '../../../server/src/domain/corrections';
import type { DatelinePreset } from '../../../server/src/domain/dateline';
import type { ExtractedQuote } from '../../../server/src/domain/quotes';
import type { Preview } from '../../../server/src/services/preview';
import type { TopNewsList } from '../../../server/src/services/top-news';
import type { ImportInput } from '../../../server/src/validation/import';
import type { PreviewInput } from '../../../server/src/validation/preview';
import type { TopNewsQueryInput } from '../../../server/src/validation/top-news';

export type {
  CorrectionKind,
  DatelinePreset,
  ImportInput,
  NewsroomSettings,
  Preview,
  PreviewInput,
  TopNewsQueryInput,
};

type SettingsInput = z.input<typeof settingsSchema>;

/**
 * A `PUT /newsroom/settings` body: the schema's input, except that a number may still be the text
 * typed — sent as it is, so the server's 400 names its key.
 */
export type SettingsRequest = Omit<SettingsInput, 'topNews' | 'slug' | 'feeds'> & {
  topNews: { size: number | string };
  slug: Omit<SettingsInput['slug'], 'maxLength'> & { maxLength: number | string };
  feeds: { publicationName: string } & Record<
    'newsWindowHours' | 'size' | 'maxAge' | 'sitemapPageSize',
    number | string
  >;
};

export type PreviewQuote = Preview['quotes'][number];

export type TopNews = TopNewsList;

export type TopNewsItem = TopNewsList['items'][number];

/**
 * `POST /newsroom/import`'s answer. The server returns Strapi documents it does not type, so this
 * names the fields the import page reads; a stored quote has the extracted quote's fields.
 */
export interface ImportedStory {
  article: {
    documentId?: string;
    headline: string;
    deck: string | null;
    slug: string;
    dateline: string | null;
    editionDate: string | null;
    publishedAt?: string | null;
    locale?: string;
  };
  quotes: Pick<ExtractedQuote, 'text' | 'speaker' | 'speakerTitle'>[];
  topNews: { title: string; position: number; pinned: boolean }[];
}

/** A correction note as the Content Manager's API answers it (docs/corrections.md). */
export interface CorrectionNote {
  documentId: string;
  kind: CorrectionKind;
  text: string;
  at: string;
}
