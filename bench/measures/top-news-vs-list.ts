import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

import type { Core } from '@strapi/strapi';

import { seedDays, seedPublishedArticles } from '../seed-published';
import type { Sizes } from '../sizes';
import { median } from '../stats';
import { ARTICLE } from '../story-fields';

export interface TopNewsVsList {
  ratio: number;
  topNews_rps: number;
  list_rps: number;
}

interface LoadRun {
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
}

const LOAD_CLIENT = path.join(__dirname, '..', 'load-client.js');
const FIRST_DAY = '2021-03-01';
const TOP_NEWS_SIZE = 6;

async function listen(strapi: Core.Strapi): Promise<string> {
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function load(url: string, seconds: number, connections: number): Promise<LoadRun> {
  const { stdout } = await promisify(execFile)(process.execPath, [LOAD_CLIENT, url, String(seconds), String(connections)]);
  const run = JSON.parse(stdout) as LoadRun;
  if (run.non2xx > 0 || run.errors > 0) throw new Error(`${url}: ${run.non2xx} non-2xx answers and ${run.errors} errors under load`);
  return run;
}

async function getJson(url: string): Promise<any> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The box must be the §4.5 rule applied to the seeded day, or the comparison means nothing. */
async function checkAnswers(strapi: Core.Strapi, topNewsUrl: string, listUrl: string, day: string) {
  const expected = (await strapi.db.query(ARTICLE as never).findMany({
    where: { editionDate: day, publishedAt: { $notNull: true } },
    orderBy: [{ topNewsPriority: 'desc' }, { firstPublishedAt: 'desc' }, { headline: 'asc' }],
    select: ['headline'],
    limit: TOP_NEWS_SIZE,
  })) as { headline: string }[];
  const served = (await getJson(topNewsUrl)).data.items.map((item: { title: string }) => item.title);
  if (JSON.stringify(served) !== JSON.stringify(expected.map((row) => row.headline))) {
    throw new Error(`top news of ${day} is not the day's ranking: ${JSON.stringify(served)}`);
  }
  const listed = (await getJson(listUrl)).data;
  if (listed.length !== TOP_NEWS_SIZE) throw new Error(`the list answered ${listed.length} articles, not ${TOP_NEWS_SIZE}`);
}

/**
 * Spec §11: serving a day's "Today's Top News" must cost no more than a plain page of six articles.
 * Over HTTP, through Strapi's whole stack, as the public (no token), with the database holding the
 * seeded published articles over a month: requests per second of the middle day's top news and of
 * the article list, load from a child process, one run of each per round (the first swapping
 * each round); medians of the rounds, and the median of the rounds' ratios.
 */
export async function measureTopNewsVsList(strapi: Core.Strapi, sizes: Sizes['topNewsVsList']): Promise<TopNewsVsList> {
  const plan = { articles: sizes.articles, days: sizes.days, firstDay: FIRST_DAY };
  await seedPublishedArticles(strapi, plan);
  const day = seedDays(plan)[Math.floor(sizes.days / 2)];
  const base = await listen(strapi);
  const urls = {
    topNews: `${base}/api/newsroom/top-news?date=${day}`,
    list: `${base}/api/newsroom/articles?pagination[pageSize]=${TOP_NEWS_SIZE}`,
  };
  await checkAnswers(strapi, urls.topNews, urls.list, day);

  const warmUp = Math.min(2, sizes.seconds);
  await load(urls.topNews, warmUp, sizes.connections);
  await load(urls.list, warmUp, sizes.connections);

  const rounds: { topNews: number; list: number }[] = [];
  for (let round = 0; round < sizes.rounds; round += 1) {
    const order = round % 2 === 0 ? (['topNews', 'list'] as const) : (['list', 'topNews'] as const);
    const rps = { topNews: 0, list: 0 };
    for (const route of order) rps[route] = (await load(urls[route], sizes.seconds, sizes.connections)).rps;
    rounds.push(rps);
  }
  return {
    ratio: median(rounds.map((round) => round.topNews / round.list)),
    topNews_rps: median(rounds.map((round) => round.topNews)),
    list_rps: median(rounds.map((round) => round.list)),
  };
}
