import type { Core } from '@strapi/strapi';

import type { NewsroomSettings } from '../config/schema';
import { articleUrl } from '../domain/article-url';
import {
  feedTags,
  newest,
  significantUpdateOf,
  toFeedItem,
  type FeedItem,
} from '../domain/feeds/feed-item';
import {
  newsSitemapXml,
  sitemapIndexXml,
  sitemapPageCount,
  sitemapXml,
  type SitemapEntry,
} from '../domain/feeds/sitemaps';
import { atomXml, rssXml } from '../domain/feeds/syndication';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';
import { feedStore, type StoredArticle } from '../repositories/feed-store';

/** Google News reads at most 1,000 URLs from a news sitemap. */
const NEWS_SITEMAP_LIMIT = 1000;
const HOUR = 3_600_000;
/** An empty feed's Last-Modified: nothing in it ever changed. */
const NEVER = new Date(0);

export interface FeedQuery {
  locale?: string;
  section?: string;
  tag?: string;
}

/** Where the request came from: the feeds name themselves and their sitemap pages by it. */
export interface FeedOrigin {
  /** The URL the reader asked for (a feed's `self` link). */
  selfUrl: string;
  /** `https://host/api/newsroom/feeds`: the folder of the sitemap pages. */
  feedsUrl: string;
}

export interface FeedDocument {
  body: string;
  lastModified: Date;
}

/** The name the feeds give the publication (docs/feeds.md#configuration). */
const publicationName = (settings: NewsroomSettings) =>
  settings.feeds.publicationName || settings.agency || 'Newsroom';

/**
 * The feeds (docs/feeds.md): the published articles the feed store reads, turned into items with
 * their URLs, written by the domain's builders. Each read is the settings plus one or two queries.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => feedStore(strapi);
  const settings = () => getService(strapi, 'settings').get();

  const urlOf = (article: StoredArticle, { siteUrl, articlePath }: NewsroomSettings) =>
    articleUrl(siteUrl, articlePath, {
      slug: article.slug,
      locale: article.locale,
      editionDate: article.editionDate,
      section: article.section,
    });
  const itemsOf = (articles: readonly StoredArticle[], current: NewsroomSettings): FeedItem[] =>
    articles.map((article) => toFeedItem(article, urlOf(article, current)));

  async function syndicated(query: FeedQuery) {
    const current = await settings();
    const locale = await resolveLocale(strapi, query.locale);
    const stored = await store().newest({
      locale,
      limit: current.feeds.size,
      section: query.section,
      tag: query.tag,
    });
    // The store matched the tag on the column's text; here exactly.
    const matching =
      query.tag === undefined
        ? stored
        : stored.filter((article) => feedTags(article.tags).includes(query.tag as string));
    const items = itemsOf(matching, current);
    // What the feed shows as updated moves with corrections; HTTP's Last-Modified with any change.
    const updated = newest(
      items.map((item) => item.lastSignificantUpdateAt),
      NEVER
    );
    const lastModified = newest(
      items.map((item) => item.updatedAt),
      NEVER
    );
    return { current, locale, items, updated, lastModified };
  }

  function channelOf(current: NewsroomSettings, locale: string, updated: Date, origin: FeedOrigin) {
    return {
      title: publicationName(current),
      link: current.siteUrl || new URL(origin.feedsUrl).origin,
      selfUrl: origin.selfUrl,
      language: locale,
      updated,
    };
  }

  async function pageOf(locale: string, page: number, current: NewsroomSettings) {
    const size = current.feeds.sitemapPageSize;
    const rows = await store().sitemapPage(locale, (page - 1) * size, size);
    const byDocument = new Map<string, StoredArticle[]>();
    for (const row of rows)
      byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
    const entries: SitemapEntry[] = [];
    for (const localizations of byDocument.values()) {
      const own = localizations.find((row) => row.locale === locale);
      if (!own) continue;
      entries.push({
        url: urlOf(own, current),
        lastModified: significantUpdateOf(own),
        alternates: localizations.map((row) => ({
          hreflang: row.locale,
          url: urlOf(row, current),
        })),
      });
    }
    return {
      document: {
        body: sitemapXml(entries),
        lastModified: newest(
          rows.map((row) => row.updatedAt),
          NEVER
        ),
      },
      empty: rows.length === 0,
    };
  }

  return {
    async newsSitemap(query: FeedQuery): Promise<FeedDocument> {
      const current = await settings();
      const locale = await resolveLocale(strapi, query.locale);
      const since = new Date(Date.now() - current.feeds.newsWindowHours * HOUR);
      const items = itemsOf(
        await store().newest({ locale, limit: NEWS_SITEMAP_LIMIT, since }),
        current
      );
      return {
        body: newsSitemapXml({ publicationName: publicationName(current), items }),
        lastModified: newest(
          items.map((item) => item.updatedAt),
          NEVER
        ),
      };
    },

    /**
     * `sitemap.xml`: the URLs themselves while they fit one page (`feeds.sitemapPageSize`), else an
     * index of `sitemap-N.xml` pages.
     */
    async sitemap(query: FeedQuery, origin: FeedOrigin): Promise<FeedDocument> {
      const current = await settings();
      const locale = await resolveLocale(strapi, query.locale);
      const { count, lastUpdated } = await store().census(locale);
      const pages = sitemapPageCount(count, current.feeds.sitemapPageSize);
      if (pages === 1) return (await pageOf(locale, 1, current)).document;
      const suffix = query.locale === undefined ? '' : `?locale=${encodeURIComponent(locale)}`;
      const index = Array.from(
        { length: pages },
        (_, page) => `${origin.feedsUrl}/sitemap-${page + 1}.xml${suffix}`
      );
      return { body: sitemapIndexXml(index), lastModified: lastUpdated ?? NEVER };
    },

    /** `sitemap-N.xml`, or null past the last page. */
    async sitemapPage(query: FeedQuery, page: number): Promise<FeedDocument | null> {
      const current = await settings();
      const locale = await resolveLocale(strapi, query.locale);
      const { document, empty } = await pageOf(locale, page, current);
      // An empty page past the first is past the end; page 1 of an empty site is an empty sitemap.
      return page > 1 && empty ? null : document;
    },

    async rss(query: FeedQuery, origin: FeedOrigin): Promise<FeedDocument> {
      const { current, locale, items, updated, lastModified } = await syndicated(query);
      return { body: rssXml(channelOf(current, locale, updated, origin), items), lastModified };
    },

    async atom(query: FeedQuery, origin: FeedOrigin): Promise<FeedDocument> {
      const { current, locale, items, updated, lastModified } = await syndicated(query);
      return { body: atomXml(channelOf(current, locale, updated, origin), items), lastModified };
    },
  };
};
