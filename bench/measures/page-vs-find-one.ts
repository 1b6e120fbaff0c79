import type { Core } from '@strapi/strapi';

import { compareRoutes, getJson, listen, type LoadSizes } from '../http-load';
import type { Sizes } from '../sizes';
import { ARTICLE, articleFields } from '../story-fields';

export interface PageVsFindOne {
  ratio: number;
  page_rps: number;
  findOne_rps: number;
}

const RELATED_NEWS = 'plugin::newsroom.related-news';

/**
 * Issue 21: an article's page — `GET /articles/slug/:slug`, the article with its quotes, related
 * news and its day's top news — must serve at least as fast as Strapi's own findOne of the same
 * article with its quotes and related news populated. Run after topNewsVsList, on its archive of
 * published articles, as the public; the article is the Libya story with two related links,
 * published on one of the archive's days.
 */
export async function measurePageVsFindOne(
  strapi: Core.Strapi,
  sizes: Sizes['pageVsFindOne']
): Promise<PageVsFindOne> {
  const related = await Promise.all(
    ['Turkey to send troops', 'Berlin talks planned'].map((title) =>
      strapi
        .documents(RELATED_NEWS as never)
        .create({ data: { title, list: 'related', url: 'https://example.com/' } } as never)
    )
  );
  const article = await strapi.documents(ARTICLE as never).create({
    data: {
      ...articleFields('Truce page under load'),
      relatedNews: related.map((entry) => entry.documentId),
      firstPublishedAt: '2021-03-15T04:00:00Z',
    },
    status: 'published',
  } as never);

  const base = await listen(strapi);
  const urls = {
    measured: `${base}/api/newsroom/articles/slug/${article.slug}`,
    against: `${base}/api/newsroom/articles/${article.documentId}?populate[quotes]=true&populate[relatedNews]=true`,
  };
  const [page, findOne] = [(await getJson(urls.measured)).data, (await getJson(urls.against)).data];
  // The two must answer the same article with the same relations, or the comparison means nothing.
  if (
    page.documentId !== findOne.documentId ||
    page.quotes.length !== findOne.quotes.length ||
    page.quotes.length === 0 ||
    page.relatedNews.length !== 2
  ) {
    throw new Error(
      `the page and the findOne answer differ: ${JSON.stringify({ page: page.quotes.length, findOne: findOne.quotes.length })}`
    );
  }
  if (page.topNews.length === 0)
    throw new Error('the page answered no top news: the archive day should have some');
  const { ratio, measured_rps, against_rps } = await compareRoutes(urls, sizes as LoadSizes);
  return { ratio, page_rps: measured_rps, findOne_rps: against_rps };
}
