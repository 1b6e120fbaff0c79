import type { Core } from '@strapi/strapi';

import { datingFieldsOf } from '../article-pipeline/rules/dating';
import { quotationsOf } from '../article-pipeline/rules/quotes';
import { slugDecisionOf } from '../article-pipeline/rules/slug';
import { draftBefore, openWriteContext } from '../article-pipeline/write-context';
import { ARTICLE } from '../content-types/uids';
import { dateArticle } from '../domain/article-dating';
import { getService } from '../utils/get-service';
import type { PreviewInput } from '../validation/preview';

/** Fields of the form that are set, so an absent field falls back to what is stored. */
function given(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/**
 * `POST /newsroom/preview` (docs/admin.md): the slug, dateline, edition date and quotes the server
 * would store for unsaved fields. It opens the write context a save of those fields would open (a
 * create, or an update of the saved document) and asks the pipeline's rules the same questions;
 * only the slug is looked up instead of claimed. Reads, never writes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview({ datelineStyle, locale, documentId, ...fields }: PreviewInput) {
    const stored = await getService(strapi, 'settings').get();
    const settings = datelineStyle ? { ...stored, datelineStyle } : stored;
    const data = given(fields);
    const context = await openWriteContext(
      strapi,
      documentId ? 'update' : 'create',
      { documentId: documentId ?? undefined, locale: locale ?? undefined, data },
      settings
    );
    const slugs = getService(strapi, 'slugs');
    const draft = draftBefore(context);
    const { slug, takenBy } = await slugs.preview({
      target: {
        uid: ARTICLE,
        locale: context.locale!,
        documentId: documentId ?? slugs.placeholderId(),
      },
      decision: slugDecisionOf(context),
      rules: context.slugRules,
      current: draft?.slug ?? null,
    });
    const { dateline, editionDate } = dateArticle(datingFieldsOf(context), settings, new Date());
    const body = 'body' in data ? data.body : draft?.body;
    const quotes = quotationsOf(body, context.locale!);

    return { slug, dateline, editionDate, quotes, slugTakenBy: takenBy };
  },
});

/** What `POST /newsroom/preview` answers: the admin's side panel and settings page read it. */
export type Preview = Awaited<
  ReturnType<ReturnType<typeof import('./preview').default>['preview']>
>;
