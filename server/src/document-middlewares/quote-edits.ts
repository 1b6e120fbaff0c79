import type { Modules } from '@strapi/strapi';

import { QUOTE } from '../content-types/uids';

/**
 * An editor's edit of a generated quote makes it the editor's (`generated: false`), so the next
 * extraction leaves it alone (docs/quotes.md): the pipeline itself only ever creates and deletes quotes.
 */
const quoteEdits: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid === QUOTE && context.action === 'update') {
    const params = context.params as { data?: object };
    params.data = { ...params.data, generated: false };
  }
  return next();
};

export default quoteEdits;
