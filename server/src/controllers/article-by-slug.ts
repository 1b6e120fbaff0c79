import type { Core } from '@strapi/strapi';

import { ARTICLE } from '../content-types/uids';
import { getService } from '../utils/get-service';
import type { RequestContext } from './context';
import { publishedBySlug } from './published-by-slug';

/**
 * `GET /api/newsroom/articles/slug/:slug?locale=`: everything the article page needs, in one call.
 * The action is named `findOne` because Strapi lets read-only API tokens use only actions named
 * `find` or `findOne`, and this is a read like any other.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: RequestContext) {
    const found = await publishedBySlug(strapi, ctx);
    if (!found) return;
    const { article, slug, locale } = found;
    const { quotes, relatedNews, corrections, ...fields } =
      (await strapi.contentAPI.sanitize.output(article, strapi.contentType(ARTICLE), {
        auth: ctx.state.auth,
      })) as Record<string, unknown>;
    // The day's box as the article page shows it: without the article itself.
    const topNews = article.editionDate
      ? (
          await getService(strapi, 'top-news').read({
            date: article.editionDate as string,
            locale,
            exclude: slug,
          })
        ).items
      : [];
    // The relations in one order: outside a transaction the query engine may populate them on
    // several connections at once (PostgreSQL, MySQL), and each lands in the answer as it arrives.
    ctx.body = { data: { ...fields, quotes, relatedNews, corrections, topNews } };
  },
});
