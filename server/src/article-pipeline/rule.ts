import type { ArticleAction, WriteContext, WriteResult } from './write-context';

/**
 * One rule of the article pipeline: it runs around the rest of the write — what it does before
 * `next()` happens before Strapi writes, what it does after sees Strapi's answer — in the write's
 * transaction. A rule returns `next()`'s answer, completed where it changed the stored rows.
 */
export type ArticleRule = (
  context: WriteContext,
  next: () => Promise<WriteResult>
) => Promise<WriteResult>;

/** The entries an answer holds: a create or an update answers the entry, a publish or a clone `{ documentId, entries }`. */
export function entriesOf(result: WriteResult) {
  return result?.entries ?? (result ? [result] : []);
}

/** A rule made of one handler per action; other actions pass through untouched. */
export function byAction(handlers: Partial<Record<ArticleAction, ArticleRule>>): ArticleRule {
  return (context, next) => {
    const handler = handlers[context.action];
    return handler ? handler(context, next) : next();
  };
}
