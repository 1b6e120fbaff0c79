import type { Core } from '@strapi/strapi';

import articleDating from './document-middlewares/article-dating';
import articleQuotes from './document-middlewares/article-quotes';
import articleSlugs from './document-middlewares/article-slugs';
import articleValidation from './document-middlewares/article-validation';
import topNewsHooks from './document-middlewares/top-news-hooks';
import { registerGraphQL } from './graphql';

/**
 * Document-service middlewares: every write path (Content Manager, REST, GraphQL, code, import)
 * passes here. And the plugin's part of the GraphQL schema, if the app has GraphQL.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // First, so it wraps the others and regenerates after their transaction has committed.
  strapi.documents.use(topNewsHooks({ strapi }));
  strapi.documents.use(articleValidation);
  strapi.documents.use(articleSlugs({ strapi }));
  strapi.documents.use(articleDating({ strapi }));
  strapi.documents.use(articleQuotes({ strapi }));
  registerGraphQL(strapi);
};
