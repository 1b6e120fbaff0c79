import type { Core, Modules } from '@strapi/strapi';

import { ARTICLE, QUOTE } from '../content-types/uids';
import { bodyToParagraphs } from '../domain/paragraphs';
import { extractQuotes } from '../domain/quotes';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';

type Params = Record<string, any>;
type Next = () => Promise<any>;

const sameParagraphs = (a: string[], b: string[]) =>
  a.length === b.length && a.every((text, i) => text === b[i]);

/**
 * Quotes extracted from the body into quote entries (docs/quotes.md), on create and whenever the body's
 * text changes (the Content Manager resends an unchanged body with every save: that is no change).
 * Quote entries have no draft of their own, and the public reads them, so once an article is
 * published they follow its published body: a draft edit of a published article is extracted when
 * it is published, never before (its words would show beside the published story).
 * Also: an editor's edit of a generated quote makes it the editor's (`generated: false`), so the
 * next extraction leaves it alone — the hook itself only ever creates and deletes quotes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const quotes = () => getService(strapi, 'quotes');
  const autoExtract = async () => (await getService(strapi, 'settings').get()).quotes.autoExtract;

  async function extractInto(documentId: string, locale: string, body: unknown) {
    await quotes().replaceGenerated(
      documentId,
      locale,
      extractQuotes(bodyToParagraphs(body), locale)
    );
  }

  /** A new document has no quotes yet: nothing to replace. */
  async function createArticle(params: Params, next: Next) {
    const created = await next();
    if (!(await autoExtract())) return created;
    // A clone answers `{ documentId, entries }` (its new drafts, one per locale), a create the entry itself.
    for (const entry of created.entries ?? [created]) {
      const newDraftId = entry.publishedAt === null ? entry.id : undefined;
      await quotes().appendGenerated(
        created.documentId,
        entry.locale,
        extractQuotes(bodyToParagraphs(entry.body), entry.locale),
        newDraftId
      );
    }
    return created;
  }

  /**
   * A quote belongs to one article, so Strapi's clone would move the original's quotes to the copy
   * and leave the original without them. The copy gets quotes of its own, extracted from its body;
   * the original keeps its quotes, the editor's own included.
   */
  async function cloneArticle(params: Params, next: Next) {
    params.data = { quotes: { set: [] }, ...params.data };
    return createArticle(params, next);
  }

  const rowsOf = async (documentId: string, locale?: string) =>
    (await strapi.db.query(ARTICLE).findMany({
      where: { documentId, ...(locale && { locale }) },
      select: ['body', 'locale', 'publishedAt'],
    })) as { body: unknown; locale: string; publishedAt: string | null }[];

  async function updateArticle(params: Params, next: Next) {
    // REST's PUT publishes by default: Strapi then publishes inside this update, with no publish call.
    if (params.status === 'published') return publishArticle(params, next);
    if (!params.data || !('body' in params.data) || !(await autoExtract())) return next();
    const locale = await resolveLocale(strapi, params.locale);
    const rows = await rowsOf(params.documentId, locale);
    if (rows.some((row) => row.publishedAt !== null)) return next();
    const before = rows.find((row) => row.publishedAt === null);
    const updated = await next();
    const changed =
      !before || !sameParagraphs(bodyToParagraphs(before.body), bodyToParagraphs(params.data.body));
    if (updated && changed) await extractInto(params.documentId, locale, params.data.body);
    return updated;
  }

  /**
   * The body going public (a publish, or an update asked for status=published): extracted when it
   * differs from what the quotes were taken from.
   */
  async function publishArticle(params: Params, next: Next) {
    if (!(await autoExtract())) return next();
    const locale = params.locale === '*' ? undefined : await resolveLocale(strapi, params.locale);
    const rows = await rowsOf(params.documentId, locale);
    const published = await next();
    // A publish answers `{ documentId, entries }`, an update that published the entry itself.
    const entries = published?.entries ?? (published ? [published] : []);
    for (const entry of entries as { body: unknown; locale: string }[]) {
      const same = rows.filter((row) => row.locale === entry.locale);
      // Never published: the quotes were taken from this very draft.
      const source = (
        same.find((row) => row.publishedAt !== null) ?? same.find((row) => row.publishedAt === null)
      )?.body;
      if (!sameParagraphs(bodyToParagraphs(source), bodyToParagraphs(entry.body))) {
        await extractInto(params.documentId, entry.locale, entry.body);
      }
    }
    return published;
  }

  /** Before the delete: afterwards the quotes no longer point at the article (same transaction). */
  async function deleteArticle(params: Params, next: Next) {
    const locale = params.locale === '*' ? undefined : await resolveLocale(strapi, params.locale);
    await quotes().removeGenerated(params.documentId, locale);
    return next();
  }

  async function updateQuote(params: Params, next: Next) {
    params.data = { ...params.data, generated: false };
    return next();
  }

  const handlers: Record<
    string,
    Record<string, (params: Params, next: Next) => Promise<unknown>>
  > = {
    [ARTICLE]: {
      create: createArticle,
      clone: cloneArticle,
      update: updateArticle,
      publish: publishArticle,
      delete: deleteArticle,
    },
    [QUOTE]: { update: updateQuote },
  };

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const handler = handlers[context.uid]?.[context.action];
    if (!handler) return next();
    return (await strapi.db.transaction(() => handler(context.params as Params, next))) as Awaited<
      ReturnType<typeof next>
    >;
  };
  return middleware;
};
