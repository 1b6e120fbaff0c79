import type { Core } from '@strapi/strapi';

import articleDating from './document-middlewares/article-dating';
import articleQuotes from './document-middlewares/article-quotes';
import articleSlugs from './document-middlewares/article-slugs';
import topNewsHooks from './document-middlewares/top-news-hooks';

/** Document-service middlewares: every write path (Content Manager, REST, code, import) passes here. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(articleSlugs({ strapi }));
  strapi.documents.use(articleDating({ strapi }));
  strapi.documents.use(articleQuotes({ strapi }));
  // Last: it reads the edition dates the dating hook has just written.
  strapi.documents.use(topNewsHooks({ strapi }));
};
