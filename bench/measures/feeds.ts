import type { Core } from '@strapi/strapi';

import { compareRoutes, listen, routeRate, type LoadSizes } from '../http-load';
import { seedPublishedArticles } from '../seed-published';
import type { Sizes } from '../sizes';
import { ARTICLE, articleFields } from '../story-fields';

export interface FeedVsList {
  ratio: number;
  rss_rps: number;
  list_rps: number;
}

export interface FeedFlat {
  ratio: number;
  large_rps: number;
  small_rps: number;
  /** Published articles at each measurement. */
  large: number;
  small: number;
}

/** The archive topNewsVsList seeds: the same plan, so a full run seeds it once. */
const ARCHIVE_FIRST_DAY = '2021-03-01';
const ARCHIVE_DAYS = 30;
const RSS_ITEMS = 50;

const publishedCount = (strapi: Core.Strapi) =>
  strapi.db.query(ARTICLE as never).count({ where: { publishedAt: { $notNull: true } } });

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.text();
}

/** `count` elements `<name>` in the feed at `url`, or the comparison means nothing. */
async function expectEntries(url: string, name: string, count: number) {
  const found = (await text(url)).split(`<${name}>`).length - 1;
  if (found !== count) throw new Error(`${url} answered ${found} <${name}>, not ${count}`);
}

/** Tops the published articles up to `total` with the archive's seeded ones. */
async function growArchive(strapi: Core.Strapi, total: number) {
  const missing = total - (await publishedCount(strapi));
  if (missing > 0)
    await seedPublishedArticles(strapi, {
      articles: missing,
      days: ARCHIVE_DAYS,
      firstDay: ARCHIVE_FIRST_DAY,
    });
}

/**
 * Spec §11 feedVsList: the RSS feed (its 50 newest items, XML written per request) against Strapi's
 * own list of 6 articles, over HTTP as the public, at 20,000 published articles. After
 * topNewsVsList, on its archive; seeds it when run alone.
 */
export async function measureFeedVsList(
  strapi: Core.Strapi,
  sizes: Sizes['feedVsList']
): Promise<FeedVsList> {
  await growArchive(strapi, sizes.articles);
  const base = await listen(strapi);
  const urls = {
    measured: `${base}/api/newsroom/feeds/rss.xml`,
    against: `${base}/api/newsroom/articles?pagination[pageSize]=6`,
  };
  await expectEntries(urls.measured, 'item', RSS_ITEMS);
  const { ratio, measured_rps, against_rps } = await compareRoutes(urls, sizes as LoadSizes);
  return { ratio, rss_rps: measured_rps, list_rps: against_rps };
}

/**
 * Spec §11 feedFlat: the news sitemap must cost the same whatever the archive's size. On a fresh
 * database: `small` articles published in the last hours, the sitemap's requests/s; then the
 * archive grown to `articles` (older stories, outside the news window, so the sitemap's answer is
 * the same bytes) and the requests/s again. Ratio: large / small.
 */
export async function measureFeedFlat(
  strapi: Core.Strapi,
  sizes: Sizes['feedFlat']
): Promise<FeedFlat> {
  const now = Date.now();
  for (let n = 0; n < sizes.small; n += 1)
    await strapi.documents(ARTICLE as never).create({
      data: {
        ...articleFields(`Breaking report ${n} from Tripoli`),
        firstPublishedAt: new Date(now - (n + 1) * 60_000).toISOString(),
      },
      status: 'published',
    } as never);
  const url = `${await listen(strapi)}/api/newsroom/feeds/news-sitemap.xml`;
  await expectEntries(url, 'url', sizes.small);
  // Small first, then large: the archive cannot shrink again.
  const small = await routeRate(url, sizes as LoadSizes);
  await growArchive(strapi, sizes.articles);
  await expectEntries(url, 'url', sizes.small);
  const large = await routeRate(url, sizes as LoadSizes);
  return {
    ratio: large / small,
    large_rps: large,
    small_rps: small,
    large: await publishedCount(strapi),
    small: sizes.small,
  };
}
