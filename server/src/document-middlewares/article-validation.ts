import type { Modules } from '@strapi/strapi';

import { ARTICLE } from '../content-types/uids';
import { checkArticleData } from '../validation/article-data';
import { fieldError } from '../validation/field-error';

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/**
 * What Strapi's validation lets through but docs/api.md#bad-input refuses: a field of the wrong type (validation/
 * article-data), a headline of white space only (`required` accepts "   "), and a draft without a
 * headline (Strapi checks `required` only at publish, but the slug and the dateline need the
 * headline from the start). Checked before any other hook, so nothing is claimed or written.
 */
const articleValidation: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const data = (context.params as { data?: Record<string, unknown> }).data ?? {};
  if (context.uid === ARTICLE) {
    checkArticleData(data);
    const refused =
      (context.action === 'create' && blank(data.headline)) ||
      ((context.action === 'update' || context.action === 'clone') &&
        'headline' in data &&
        blank(data.headline));
    if (refused) throw fieldError('headline', 'headline must not be empty', data.headline);
  }
  return next();
};

export default articleValidation;
