import { factories } from '@strapi/strapi';

import { newsArticleJsonLd, type JsonLdArticle } from '../domain/json-ld';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';

const ARTICLE = 'plugin::newsroom.article';

/** Strapi's core article controller, plus the frontends' reads by slug (spec §5). */
export default factories.createCoreController(ARTICLE, ({ strapi }) => {
  /**
   * The published article a slug names in a locale; an old slug of it answers 301 with the same
   * route for the current slug; a draft or an unknown slug 404. Null when the answer is sent.
   */
  async function publishedBySlug(ctx: any, suffix = '') {
    const slug = String(ctx.params.slug).toLowerCase();
    const locale = await resolveLocale(strapi, ctx.query.locale);
    const documentId = await getService(strapi, 'slug-claims').holderOf({ uid: ARTICLE, locale }, slug);
    const article = documentId
      ? await strapi.documents(ARTICLE).findOne({ documentId, locale, status: 'published', populate: { quotes: true, relatedNews: true } })
      : null;
    if (!article) {
      ctx.notFound('No published article has this slug');
      return null;
    }
    if (article.slug !== slug) {
      const query = typeof ctx.query.locale === 'string' ? `?locale=${encodeURIComponent(ctx.query.locale)}` : '';
      ctx.status = 301;
      ctx.redirect(`/api/newsroom/articles/slug/${encodeURIComponent(article.slug as string)}${suffix}${query}`);
      return null;
    }
    return { article, slug, locale };
  }

  return {
    /** `GET /api/newsroom/articles/slug/:slug?locale=`: everything the article page needs, in one call. */
    async findBySlug(ctx: any) {
      const found = await publishedBySlug(ctx);
      if (!found) return;
      const { article, slug, locale } = found;
      const data = await strapi.contentAPI.sanitize.output(article, strapi.contentType(ARTICLE), { auth: ctx.state.auth });
      // The day's box as the article page shows it: without the article itself.
      const topNews = article.editionDate
        ? (await getService(strapi, 'top-news').read({ date: article.editionDate as string, locale, exclude: slug })).items
        : [];
      ctx.body = { data: { ...(data as object), topNews } };
    },

    /** `GET /api/newsroom/articles/slug/:slug/json-ld`: schema.org NewsArticle markup. */
    async findJsonLd(ctx: any) {
      const found = await publishedBySlug(ctx, '/json-ld');
      if (!found) return;
      const { siteUrl } = await getService(strapi, 'settings').get();
      // A string body, then the type: Koa would label an object body plain application/json.
      ctx.body = JSON.stringify(newsArticleJsonLd(found.article as unknown as JsonLdArticle, siteUrl));
      ctx.type = 'application/ld+json';
    },
  };
});
