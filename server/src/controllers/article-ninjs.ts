import type { Core } from '@strapi/strapi';

import { articleNinjs, type NinjsArticle } from '../domain/ninjs/export';
import { getService } from '../utils/get-service';
import type { RequestContext } from './context';
import { publishedBySlug } from './published-by-slug';

/**
 * `GET /api/newsroom/articles/slug/:slug/ninjs`: the published article as an IPTC ninjs 3.1
 * document (docs/ninjs.md). Read as the JSON-LD route reads: published only, an old slug redirected.
 * `version` and `versionCreated` follow every republish (domain/ninjs/export.ts says why).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: RequestContext) {
    const found = await publishedBySlug(strapi, ctx, '/ninjs');
    if (!found) return;
    const { siteUrl, articlePath } = await getService(strapi, 'settings').get();
    ctx.body = articleNinjs(found.article as unknown as NinjsArticle, siteUrl, articlePath);
  },
});
