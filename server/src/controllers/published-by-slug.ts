import type { Core } from '@strapi/strapi';

import { ARTICLE } from '../content-types/uids';
import type { DocumentEntry } from '../utils/documents';
import { resolveLocale } from '../utils/locale';
import type { RequestContext } from './context';
import { slugClaims } from '../repositories/slug-claims';

/** The article's relations a read populates, as the query engine takes them. */
type ArticlePopulate = Record<string, true | { orderBy: Record<string, 'asc' | 'desc'>[] }>;

/**
 * The published article whose current or old slug is `slug` in `locale`, or null. REST answers an
 * old slug with a redirect; GraphQL, which cannot redirect, answers with the current article.
 * A current slug is read straight from the articles (an index read, newsroom_articles_slug_idx);
 * only a slug no published article has now asks the slug registry who held it.
 */
export async function findPublishedBySlug(
  strapi: Core.Strapi,
  { slug, locale, populate }: { slug: string; locale: string; populate?: ArticlePopulate }
): Promise<DocumentEntry | null> {
  // The query engine, given what the document service would ask it (the published row of the
  // locale), and not the document service itself: that opens a transaction around one read, two
  // statements more than a page can afford (docs/benchmarks.md, pageVsFindOne). No document
  // middleware acts on an article read, and none of the populated types has drafts.
  const publishedRow = (where: Record<string, unknown>): Promise<DocumentEntry | null> =>
    strapi.db.query(ARTICLE).findOne({
      where: { ...where, locale, publishedAt: { $notNull: true } },
      populate,
    });
  const current = await publishedRow({ slug: slug.toLowerCase() });
  if (current) return current;
  const documentId = await slugClaims(strapi).holderOf(
    { uid: ARTICLE, locale },
    slug.toLowerCase()
  );
  return documentId ? publishedRow({ documentId }) : null;
}

/**
 * The published article a slug names in a locale; an old slug of it answers 301 with the same
 * route (`suffix` after the slug) for the current slug; a draft or an unknown slug 404. Null when
 * the answer is sent.
 */
export async function publishedBySlug(strapi: Core.Strapi, ctx: RequestContext, suffix = '') {
  const slug = String(ctx.params.slug).toLowerCase();
  const locale = await resolveLocale(strapi, ctx.query.locale);
  const article = await findPublishedBySlug(strapi, {
    slug,
    locale,
    // Correction notes newest first (docs/corrections.md).
    populate: {
      quotes: true,
      relatedNews: true,
      corrections: { orderBy: [{ at: 'desc' }, { id: 'desc' }] },
    },
  });
  if (!article) {
    ctx.notFound('No published article has this slug');
    return null;
  }
  if (article.slug !== slug) {
    const query =
      typeof ctx.query.locale === 'string' ? `?locale=${encodeURIComponent(ctx.query.locale)}` : '';
    ctx.status = 301;
    ctx.redirect(
      `/api/newsroom/articles/slug/${encodeURIComponent(article.slug as string)}${suffix}${query}`
    );
    return null;
  }
  return { article, slug, locale };
}
