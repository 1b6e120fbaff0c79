import { factories } from '@strapi/strapi';
import type { Core, UID } from '@strapi/strapi';

import { ARTICLE, CORRECTION, OWNED_BY_ARTICLE, QUOTE, RELATED_NEWS } from '../content-types/uids';
import type { PublishedReadsConfig } from '../middlewares/published-reads';

const PUBLISHED_READS = 'plugin::newsroom.published-reads';

/**
 * Strapi's core routes (find, findOne, create, update, delete) for a content type, mounted at `path`
 * under `/api/newsroom`. Core routes are named after `pluralName`, which for related news cannot be
 * the documented `/related-news` (Strapi requires it to differ from `singularName`), hence the rewrite.
 */
function coreRoutesAt(
  uid: UID.ContentType,
  pluralName: string,
  path: string,
  read: Omit<PublishedReadsConfig, 'uid'> = {}
): Core.RouteInput[] {
  const middlewares = [{ name: PUBLISHED_READS, config: { ...read, uid } }];
  const { routes } = factories.createCoreRouter(uid, {
    config: { find: { middlewares }, findOne: { middlewares } },
  });
  // The factory's declared route type is only { method, path }; at run time these are full routes.
  const coreRoutes = (typeof routes === 'function' ? routes() : routes) as Core.RouteInput[];
  return coreRoutes.map((route) => ({
    ...route,
    path: route.path.replace(`/${pluralName}`, path),
  }));
}

/** docs/feeds.md: XML for crawlers and feed readers, public like the other reads. */
const FEED_ROUTES: Core.RouteInput[] = [
  { method: 'GET', path: '/feeds/news-sitemap.xml', handler: 'news-sitemap.find' },
  { method: 'GET', path: '/feeds/sitemap.xml', handler: 'sitemap.find' },
  { method: 'GET', path: '/feeds/sitemap-:page(\\d+).xml', handler: 'sitemap.findOne' },
  { method: 'GET', path: '/feeds/rss.xml', handler: 'rss.find' },
  { method: 'GET', path: '/feeds/atom.xml', handler: 'atom.find' },
];

let routes: Core.RouteInput[] | undefined;

// A getter: core routes read the content type's schema, which exists only after plugins are loaded.
export default {
  type: 'content-api' as const,
  get routes(): Core.RouteInput[] {
    routes ??= [
      { method: 'GET', path: '/top-news', handler: 'top-news.find' },
      { method: 'GET', path: '/articles/slug/:slug', handler: 'article-by-slug.findOne' },
      { method: 'GET', path: '/articles/slug/:slug/json-ld', handler: 'article-json-ld.findOne' },
      { method: 'GET', path: '/articles/slug/:slug/ninjs', handler: 'article-ninjs.findOne' },
      ...FEED_ROUTES,
      ...coreRoutesAt(ARTICLE, 'articles', '/articles'),
      ...coreRoutesAt(RELATED_NEWS, 'related-news-items', '/related-news'),
      ...coreRoutesAt(QUOTE, 'quotes', '/quotes', { throughRelation: OWNED_BY_ARTICLE[QUOTE] }),
      ...coreRoutesAt(CORRECTION, 'corrections', '/corrections', {
        throughRelation: OWNED_BY_ARTICLE[CORRECTION],
      }),
    ];
    return routes;
  },
};
