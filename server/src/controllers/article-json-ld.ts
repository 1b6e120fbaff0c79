import type { Core } from '@strapi/strapi';

import { newsArticleJsonLd, scriptSafeJson, type JsonLdArticle } from '../domain/json-ld';
import { getService } from '../utils/get-service';
import type { RequestContext } from './context';
import { publishedBySlug } from './published-by-slug';

/**
 * `GET /api/newsroom/articles/slug/:slug/json-ld`: schema.org NewsArticle markup. `findOne`, as
 * the article by slug, so that read-only API tokens may read it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: RequestContext) {
    const found = await publishedBySlug(strapi, ctx, '/json-ld');
    if (!found) return;
    const { siteUrl, articlePath } = await getService(strapi, 'settings').get();
    // A string body, then the type: Koa would label an object body plain application/json.
    ctx.body = scriptSafeJson(
      newsArticleJsonLd(found.article as unknown as JsonLdArticle, siteUrl, articlePath)
    );
    ctx.type = 'application/ld+json';
  },
});
