import { bodyToParagraphs } from '../../domain/paragraphs';
import { extractQuotes } from '../../domain/quotes';
import { byAction, entriesOf, type ArticleRule } from '../rule';
import { isDraft, isPublished, type WriteContext } from '../write-context';
import { generatedQuotes } from '../../repositories/generated-quotes';

/**
 * Quotes extracted from the body into quote entries (docs/quotes.md), on create and whenever the
 * body's text changes (the Content Manager resends an unchanged body with every save: that is no
 * change). Quote entries have no draft of their own, and the public reads them, so once an article
 * is published they follow its published body: a draft edit of a published article is extracted
 * when it is published, never before (its words would show beside the published story).
 */

/** The quotations of a body, by the rules of the article's locale: what a save stores and the preview shows. */
export const quotationsOf = (body: unknown, locale: string) =>
  extractQuotes(bodyToParagraphs(body), locale);

const sameText = (a: unknown, b: unknown) => {
  const [left, right] = [bodyToParagraphs(a), bodyToParagraphs(b)];
  return left.length === right.length && left.every((text, i) => text === right[i]);
};

const quotes = (context: WriteContext) => generatedQuotes(context.strapi);

/** A new document has no quotes yet: nothing to replace. */
const create: ArticleRule = async (context, next) => {
  const created = await next();
  if (!created) return created;
  for (const entry of entriesOf(created)) {
    const newDraftId = entry.publishedAt === null ? entry.id : undefined;
    await quotes(context).appendGenerated(
      created.documentId,
      entry.locale!,
      quotationsOf(entry.body, entry.locale!),
      newDraftId
    );
  }
  return created;
};

/**
 * A quote belongs to one article, so Strapi's clone would move the original's quotes to the copy
 * and leave the original without them. The copy gets quotes of its own, extracted from its body;
 * the original keeps its quotes, the editor's own included.
 */
const clone: ArticleRule = async (context, next) => {
  context.data.quotes ??= { set: [] };
  return context.settings.quotes.autoExtract ? create(context, next) : next();
};

/**
 * The body going public (a publish, or an update asked for status=published): extracted when it
 * differs from what the quotes were taken from.
 */
const publish: ArticleRule = async (context, next) => {
  const published = await next();
  for (const entry of entriesOf(published)) {
    const same = context.rowsBefore.filter((row) => row.locale === entry.locale);
    // Never published: the quotes were taken from this very draft.
    const source = (same.find(isPublished) ?? same.find(isDraft))?.body;
    if (!sameText(source, entry.body)) {
      await quotes(context).replaceGenerated(
        published!.documentId,
        entry.locale!,
        quotationsOf(entry.body, entry.locale!)
      );
    }
  }
  return published;
};

const update: ArticleRule = async (context, next) => {
  // REST's PUT publishes by default: Strapi then publishes inside this update, with no publish call.
  if (context.params.status === 'published') return publish(context, next);
  const { data, rowsBefore } = context;
  if (!('body' in data) || rowsBefore.some(isPublished)) return next();
  const before = rowsBefore.find(isDraft);
  const updated = await next();
  if (updated && (!before || !sameText(before.body, data.body))) {
    await quotes(context).replaceGenerated(
      context.params.documentId!,
      context.locale!,
      quotationsOf(data.body, context.locale!)
    );
  }
  return updated;
};

/** Before the delete: afterwards the quotes no longer point at the article (same transaction). */
const remove: ArticleRule = async (context, next) => {
  await quotes(context).removeGenerated(context.params.documentId!, context.locale ?? undefined);
  return next();
};

const handlers = byAction({ create, clone, update, publish, delete: remove });

/** Extraction follows the setting; a clone's own quote list and the removal on delete do not. */
const ALWAYS = new Set<WriteContext['action']>(['clone', 'delete']);

export const quotesRule: ArticleRule = (context, next) =>
  context.settings.quotes.autoExtract || ALWAYS.has(context.action)
    ? handlers(context, next)
    : next();
