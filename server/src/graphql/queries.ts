import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import { findPublishedBySlug } from '../controllers/published-by-slug';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';
import { parseBody } from '../validation/parse-body';
import type { ReadOptions } from '../services/top-news';
import { topNewsQuerySchema } from '../validation/top-news';
import type { ResolversConfig } from './types';

/**
 * The plugin's own GraphQL queries (docs/graphql.md), the GraphQL faces of REST's by-slug and
 * top-news routes: the same services, the same permissions, the same messages for bad arguments.
 * `date` is a String, not Strapi's `Date` scalar, so that a bad date gets the REST 400's message.
 */
export const typeDefs = /* GraphQL */ `
  type NewsroomTopNewsItem {
    position: Int!
    title: String!
    url: String
    slug: String
    pinned: Boolean!
  }

  type NewsroomTopNews {
    date: String!
    locale: String!
    items: [NewsroomTopNewsItem!]!
  }

  extend type NewsroomArticle {
    "The Top News box of the article's edition day, without the article itself (as its page shows it)."
    topNews: [NewsroomTopNewsItem!]!
  }

  extend type Query {
    "The published article a slug names in a locale (the default locale if none); an old slug answers the current article."
    newsroomArticleBySlug(slug: String!, locale: String): NewsroomArticle
    "Today's Top News of a day (today in the edition time zone if no date) and locale, as REST's /top-news serves it."
    newsroomTopNews(date: String, locale: String, limit: Int): NewsroomTopNews!
  }
`;

const bySlugArgs = z
  .object({ slug: z.string().min(1).max(300), locale: z.string().max(32).optional() })
  .strict();

/** GraphQL gives an argument left out as absent, and one set to null as null: both mean "not given". */
const given = (args: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(args).filter(([, value]) => value !== null && value !== undefined)
  );

/**
 * The day boxes one GraphQL operation has read, by its context object (one per request): a list of
 * twenty articles asking `topNews` reads each of their days once, not twenty times.
 */
const boxesByOperation = new WeakMap<object, NonNullable<ReadOptions['boxes']>>();

export const resolvers = (strapi: Core.Strapi) => ({
  Query: {
    async newsroomArticleBySlug(_parent: unknown, args: Record<string, unknown>) {
      const { slug, locale } = parseBody(bySlugArgs, given(args));
      return findPublishedBySlug(strapi, { slug, locale: await resolveLocale(strapi, locale) });
    },
    async newsroomTopNews(_parent: unknown, args: Record<string, unknown>) {
      return getService(strapi, 'top-news').read(parseBody(topNewsQuerySchema, given(args)));
    },
  },
  NewsroomArticle: {
    async topNews(
      article: { editionDate?: string | null; locale?: string | null; slug?: string | null },
      _args: unknown,
      operation: object
    ) {
      if (!article.editionDate) return [];
      let boxes = boxesByOperation.get(operation);
      if (!boxes) boxesByOperation.set(operation, (boxes = new Map()));
      const box = await getService(strapi, 'top-news').read(
        {
          date: article.editionDate,
          locale: article.locale ?? undefined,
          exclude: article.slug ?? undefined,
        },
        { boxes }
      );
      return box.items;
    },
  },
});

/** Each query asks the permission of the REST route it mirrors (Settings → Users & Permissions). */
export const queriesConfig: ResolversConfig = {
  'Query.newsroomArticleBySlug': { auth: { scope: ['plugin::newsroom.article-by-slug.findOne'] } },
  'Query.newsroomTopNews': { auth: { scope: ['plugin::newsroom.top-news.find'] } },
  'NewsroomArticle.topNews': { auth: { scope: ['plugin::newsroom.top-news.find'] } },
};
