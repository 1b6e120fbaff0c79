import type { Core } from '@strapi/strapi';

import { ARTICLE } from '../content-types/uids';
import { dateArticle } from '../domain/article-dating';
import { bodyToParagraphs } from '../domain/paragraphs';
import { extractQuotes } from '../domain/quotes';
import { decideSlug } from '../domain/slug';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';
import type { PreviewInput } from '../validation/preview';

/** Fields of the form that are set, so an absent field falls back to what is stored. */
function given(input: PreviewInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/**
 * `POST /newsroom/preview` (docs/admin.md): the slug, dateline, edition date and quotes the server would
 * store for unsaved fields, by the same rules as a save. Reads, never writes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview({ datelineStyle, ...input }: PreviewInput) {
    const stored = await getService(strapi, 'settings').get();
    const settings = datelineStyle ? { ...stored, datelineStyle } : stored;
    const slugs = getService(strapi, 'slugs');
    const rules = await slugs.rules();
    const locale = await resolveLocale(strapi, input.locale);
    const rows: Record<string, any>[] = input.documentId
      ? await strapi.db.query(ARTICLE).findMany({ where: { documentId: input.documentId, locale } })
      : [];
    const draft = rows.find((row) => row.publishedAt === null) ?? null;
    const wasPublished =
      Boolean(draft?.firstPublishedAt) || rows.some((row) => row.publishedAt !== null);
    // A new article gets the default agency, as a create does.
    const fields: Record<string, any> = {
      agency: settings.agency || undefined,
      ...draft,
      ...given(input),
    };

    const decision = decideSlug(
      draft && { slug: draft.slug, headline: draft.headline, wasPublished },
      given(input),
      rules
    );
    const target = { uid: ARTICLE, locale, documentId: input.documentId ?? slugs.placeholderId() };
    const { slug, takenBy } = await slugs.preview(target, decision, draft?.slug ?? null, rules);
    const { dateline, editionDate } = dateArticle(fields, settings, new Date());
    const quotes = extractQuotes(bodyToParagraphs(fields.body), locale);

    return { slug, dateline, editionDate, quotes, slugTakenBy: takenBy };
  },
});

/** What `POST /newsroom/preview` answers: the admin's side panel and settings page read it. */
export type Preview = Awaited<
  ReturnType<ReturnType<typeof import('./preview').default>['preview']>
>;
