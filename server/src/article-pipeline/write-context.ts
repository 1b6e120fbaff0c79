import type { Core } from '@strapi/strapi';

import { slugRulesOf, type NewsroomSettings } from '../config/schema';
import { ARTICLE } from '../content-types/uids';
import type { DatingFields } from '../domain/article-dating';
import type { SlugRules } from '../domain/slug';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';

/** The document-service actions the pipeline takes part in. */
export type ArticleAction =
  'create' | 'clone' | 'update' | 'publish' | 'unpublish' | 'discardDraft' | 'delete';

/** An article's fields as a write sends them: anything a client sent, checked by the validation rule. */
export type ArticleData = Record<string, unknown>;

/** The parameters of a document-service call on articles, as the pipeline reads and completes them. */
export interface ArticleParams {
  documentId?: string;
  locale?: unknown;
  status?: string;
  data?: ArticleData;
}

/** A stored article row: the draft or the published version of one document in one locale. */
export interface ArticleRow extends DatingFields {
  id: number;
  documentId: string;
  locale: string;
  headline: string | null;
  slug: string | null;
  slugHistory: string[] | null;
  body: unknown;
  editionDate: string | null;
  publishedAt: string | null;
  firstPublishedAt: string | null;
  lastSignificantUpdateAt: string | null;
}

/** An entry a write answers: a create or an update answers the entry, a publish or clone `{ documentId, entries }`. */
export type ArticleEntry = Partial<ArticleRow> & { documentId: string };
export type WriteResult = (ArticleEntry & { entries?: ArticleEntry[] }) | null;

export interface WriteContext {
  strapi: Core.Strapi;
  action: ArticleAction;
  params: ArticleParams;
  /** `params.data`, always present: the rules complete it before Strapi writes it. */
  data: ArticleData;
  /** The locale written, resolved once (the default when none is given); null for every locale (`'*'`). */
  locale: string | null;
  settings: NewsroomSettings;
  slugRules: SlugRules;
  /** The document's rows in `locale` (in every locale for `'*'`) as they were before the write: read once. */
  rowsBefore: ArticleRow[];
  /** Work to run once the write has committed (after the pipeline's transaction). */
  afterCommit: (() => Promise<void>)[];
}

export const isDraft = (row: { publishedAt: unknown }) => row.publishedAt === null;
export const isPublished = (row: { publishedAt: unknown }) => !isDraft(row);

/** The draft row of the context's locale, before the write. */
export function draftBefore(context: WriteContext): ArticleRow | null {
  return context.rowsBefore.find(isDraft) ?? null;
}

/** Actions whose rules read nothing stored: a create has no rows yet, a discard changes nothing generated. */
const READS_NOTHING = new Set<ArticleAction>(['create', 'discardDraft']);

/**
 * The context of one article write. Called inside the pipeline's transaction, so its reads see
 * what the write's transaction sees, before any rule has written. The preview builds the same
 * context and never writes.
 */
export async function openWriteContext(
  strapi: Core.Strapi,
  action: ArticleAction,
  params: ArticleParams,
  settings?: NewsroomSettings
): Promise<WriteContext> {
  const locale = params.locale === '*' ? null : await resolveLocale(strapi, params.locale);
  // Given the locale, Strapi does not look the default up a second time.
  if (locale !== null && params.locale !== '*') params.locale = locale;
  const data = (params.data ??= {});
  const effective = settings ?? (await getService(strapi, 'settings').get());
  const rowsBefore =
    params.documentId && !READS_NOTHING.has(action)
      ? ((await strapi.db.query(ARTICLE).findMany({
          where: { documentId: params.documentId, ...(locale !== null && { locale }) },
        })) as ArticleRow[])
      : [];
  return {
    strapi,
    action,
    params,
    data,
    locale,
    settings: effective,
    slugRules: slugRulesOf(effective),
    rowsBefore,
    afterCommit: [],
  };
}
