import { articleNotes } from '../../repositories/article-notes';
import { byAction, type ArticleRule } from '../rule';

/**
 * An article's correction notes go with it (docs/corrections.md): deleted before the article,
 * while they still point at it, in the same transaction. Writing a note is the correction
 * middleware's; what notes move on the article (`lastSignificantUpdateAt`) the dating rule keeps.
 */
const remove: ArticleRule = async (context, next) => {
  const documentId = context.params.documentId;
  if (documentId)
    await articleNotes(context.strapi).removeAll({ documentId, locale: context.locale });
  return next();
};

export const notesRule = byAction({ delete: remove });
