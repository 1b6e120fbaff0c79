import type { Core, Modules } from '@strapi/strapi';

import { ARTICLE, CORRECTION } from '../content-types/uids';
import {
  checkNote,
  isNoteProblem,
  relationTarget,
  type NoteInput,
  type RelationTarget,
} from '../domain/corrections';
import { articleNotes, type ArticleRef } from '../repositories/article-notes';
import { resolveLocale } from '../utils/locale';
import { fieldError } from '../validation/field-error';

interface NoteParams {
  documentId?: string;
  locale?: unknown;
  data?: NoteInput & { article?: unknown };
}

interface NotedArticle extends ArticleRef {
  firstPublishedAt: string | null;
}

interface StoredNote {
  at: string | null;
  article: NotedArticle | null;
}

const ARTICLE_FIELDS = ['documentId', 'locale', 'firstPublishedAt'];

const articleError = (message: string, value: unknown) => fieldError('article', message, value);

/**
 * Correction notes (docs/corrections.md) on every write path: a note names an article that has
 * been published, says something, and is dated between that publication and now; each write
 * moves the article's `lastSignificantUpdateAt` in the same transaction. A refused note is a 400
 * naming the field, and nothing is written.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notes = articleNotes(strapi);

  /** The article a relation input names, in the note's locale; a 400 when there is none or it was never published. */
  async function targetArticle(target: RelationTarget, locale: string): Promise<NotedArticle> {
    if (target.kind !== 'document' && target.kind !== 'row')
      throw articleError(
        'A note belongs to an article: send its documentId as "article"',
        target.kind === 'invalid' ? 'invalid' : null
      );
    const where =
      target.kind === 'document' ? { documentId: target.documentId, locale } : { id: target.id };
    const rows = (await strapi.db
      .query(ARTICLE)
      .findMany({ where, select: ARTICLE_FIELDS })) as NotedArticle[];
    const named = target.kind === 'document' ? target.documentId : target.id;
    if (rows.length === 0 || rows[0].locale !== locale)
      throw articleError(`No article ${named} in the locale "${locale}"`, named);
    const published = rows.find((row) => row.firstPublishedAt);
    if (!published)
      throw articleError(
        `Article ${named} has never been published: notes correct published stories`,
        named
      );
    return published;
  }

  function checked(data: NoteInput, creating: boolean, article: NotedArticle) {
    const note = checkNote(data, {
      creating,
      now: new Date(),
      firstPublishedAt: article.firstPublishedAt,
    });
    if (isNoteProblem(note)) throw fieldError(note.field, note.message, note.value);
    return note;
  }

  const storedNote = (documentId: string, locale: string) =>
    strapi.db.query(CORRECTION).findOne({
      where: { documentId, locale },
      select: ['at'],
      populate: { article: { select: ARTICLE_FIELDS } },
    }) as Promise<StoredNote | null>;

  const refreshAll = async (articles: (ArticleRef | null | undefined)[]) => {
    const seen = new Set<string>();
    for (const article of articles) {
      if (!article || seen.has(article.documentId)) continue;
      seen.add(article.documentId);
      await notes.refresh({ documentId: article.documentId, locale: article.locale });
    }
  };

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== CORRECTION) return next();
    const params = context.params as NoteParams;
    const { action } = context;
    if (action !== 'create' && action !== 'update' && action !== 'delete' && action !== 'clone')
      return next();

    return strapi.db.transaction(async () => {
      const locale = await resolveLocale(strapi, params.locale);
      const before = action === 'create' ? null : await storedNote(params.documentId ?? '', locale);
      if (action === 'delete') {
        const result = await next();
        await refreshAll([before?.article]);
        return result;
      }
      if (action !== 'create' && !before) return next();

      const data = { ...params.data };
      const target = relationTarget(data.article);
      const article =
        target.kind === 'unchanged' && before?.article
          ? before.article
          : await targetArticle(target, locale);
      const moved = before !== null && article.documentId !== before.article?.documentId;
      // A note moved to another article is checked against that article's first publication.
      const input = moved && data.at === undefined ? { ...data, at: before.at } : data;
      params.data = {
        ...data,
        ...checked(input, action === 'create', article),
        // The note is linked to the article of its own locale, whatever form the client used.
        ...(target.kind !== 'unchanged' && { article: article.documentId }),
      };
      const result = await next();
      await refreshAll([article, before?.article]);
      return result;
    });
  };
  return middleware;
};
