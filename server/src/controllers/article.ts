import { factories } from '@strapi/strapi';

import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';

const ARTICLE = 'plugin::newsroom.article';

/** Strapi's core article controller, plus the frontends' read by slug (spec §5). */
export default factories.createCoreController(ARTICLE, ({ strapi }) => ({
  /**
   * `GET /api/newsroom/articles/slug/:slug?locale=`: the published article; an old slug of it
   * answers 301 with the current slug's URL; a draft or an unknown slug 404.
   */
  async findBySlug(ctx) {
    const slug = String(ctx.params.slug).toLowerCase();
    const locale = await resolveLocale(strapi, ctx.query.locale);
    const documentId = await getService(strapi, 'slug-claims').holderOf({ uid: ARTICLE, locale }, slug);
    const article = documentId
      ? await strapi.documents(ARTICLE).findOne({
          documentId,
          locale,
          status: 'published',
          populate: { quotes: true, relatedNews: true },
        })
      : null;
    if (!article) return ctx.notFound('No published article has this slug');

    if (article.slug !== slug) {
      const query = typeof ctx.query.locale === 'string' ? `?locale=${encodeURIComponent(ctx.query.locale)}` : '';
      ctx.status = 301;
      ctx.redirect(`/api/newsroom/articles/slug/${encodeURIComponent(article.slug as string)}${query}`);
      return;
    }
    const data = await strapi.contentAPI.sanitize.output(article, strapi.contentType(ARTICLE), { auth: ctx.state.auth });
    // The day's box as the article page shows it: without the article itself.
    const topNews = article.editionDate
      ? (await getService(strapi, 'top-news').read({ date: article.editionDate as string, locale, exclude: slug })).items
      : [];
    ctx.body = { data: { ...(data as object), topNews } };
  },
}));
