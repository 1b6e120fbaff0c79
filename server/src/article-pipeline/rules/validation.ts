import { checkArticleData } from '../../validation/article-data';
import { fieldError } from '../../validation/field-error';
import type { ArticleRule } from '../rule';

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/**
 * What Strapi's validation lets through but docs/api.md#bad-input refuses: a field of the wrong
 * type (validation/article-data), a headline of white space only (`required` accepts "   "), and a
 * draft without a headline (Strapi checks `required` only at publish, but the slug and the dateline
 * need the headline from the start). First in the pipeline, so nothing is claimed or written.
 */
export const validationRule: ArticleRule = (context, next) => {
  const { action, data } = context;
  checkArticleData(data);
  const refused =
    (action === 'create' && blank(data.headline)) ||
    ((action === 'update' || action === 'clone') && 'headline' in data && blank(data.headline));
  if (refused) throw fieldError('headline', 'headline must not be empty', data.headline);
  return next();
};
