import type { Core } from '@strapi/strapi';

import { compareRoutes, getJson, listen } from '../http-load';
import { seedDays, seedPublishedArticles } from '../seed-published';
import type { Sizes } from '../sizes';
import { ARTICLE } from '../story-fields';

export interface TopNewsVsList {
  ratio: number;
  topNews_rps: number;
  list_rps: number;
}

const FIRST_DAY = '2021-03-01';
const TOP_NEWS_SIZE = 6;

/** The box must be the §4.5 rule applied to the seeded day, or the comparison means nothing. */
async function checkAnswers(strapi: Core.Strapi, topNewsUrl: string, listUrl: string, day: string) {
  const expected = (await strapi.db.query(ARTICLE as never).findMany({
    where: { editionDate: day, publishedAt: { $notNull: true } },
    orderBy: [{ topNewsPriority: 'desc' }, { firstPublishedAt: 'desc' }, { headline: 'asc' }],
    select: ['headline'],
    limit: TOP_NEWS_SIZE,
  })) as { headline: string }[];
  const served = (await getJson(topNewsUrl)).data.items.map(
    (item: { title: string }) => item.title
  );
  if (JSON.stringify(served) !== JSON.stringify(expected.map((row) => row.headline))) {
    throw new Error(`top news of ${day} is not the day's ranking: ${JSON.stringify(served)}`);
  }
  const listed = (await getJson(listUrl)).data;
  if (listed.length !== TOP_NEWS_SIZE)
    throw new Error(`the list answered ${listed.length} articles, not ${TOP_NEWS_SIZE}`);
}

/**
 * Spec §11: serving a day's "Today's Top News" must cost no more than a plain page of six articles.
 * Over HTTP, through Strapi's whole stack, as the public (no token), with the database holding the
 * seeded published articles over a month: requests per second of the middle day's top news and of
 * the article list (bench/http-load's compareRoutes).
 */
export async function measureTopNewsVsList(
  strapi: Core.Strapi,
  sizes: Sizes['topNewsVsList']
): Promise<TopNewsVsList> {
  const plan = { articles: sizes.articles, days: sizes.days, firstDay: FIRST_DAY };
  await seedPublishedArticles(strapi, plan);
  const day = seedDays(plan)[Math.floor(sizes.days / 2)];
  const base = await listen(strapi);
  const urls = {
    topNews: `${base}/api/newsroom/top-news?date=${day}`,
    list: `${base}/api/newsroom/articles?pagination[pageSize]=${TOP_NEWS_SIZE}`,
  };
  await checkAnswers(strapi, urls.topNews, urls.list, day);
  const { ratio, measured_rps, against_rps } = await compareRoutes(
    { measured: urls.topNews, against: urls.list },
    sizes
  );
  return { ratio, topNews_rps: measured_rps, list_rps: against_rps };
}
