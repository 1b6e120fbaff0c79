import type { Core } from '@strapi/strapi';

import articleSlugs from './document-middlewares/article-slugs';

/** Document-service middlewares: every write path (Content Manager, REST, code, import) passes here. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(articleSlugs({ strapi }));
};
