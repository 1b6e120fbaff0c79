import type { Core } from '@strapi/strapi';

import articlePipeline from './article-pipeline';
import correctionNotes from './document-middlewares/correction-notes';
import quoteEdits from './document-middlewares/quote-edits';
import relatedNewsPins from './document-middlewares/related-news-pins';
import { registerGraphQL } from './graphql';

/**
 * Document-service middlewares: every write path (Content Manager, REST, GraphQL, code, import)
 * passes here — the article pipeline for articles, a hook each for the types articles own. And the
 * plugin's part of the GraphQL schema, if the app has GraphQL.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(articlePipeline({ strapi }));
  strapi.documents.use(relatedNewsPins({ strapi }));
  strapi.documents.use(quoteEdits);
  strapi.documents.use(correctionNotes({ strapi }));
  registerGraphQL(strapi);
};
