import { create } from 'xmlbuilder2';

import { w3cDateTime } from './dates';
import type { FeedItem } from './feed-item';
import { googleNewsLanguage } from './language';

/**
 * The three sitemap documents (docs/feeds.md), written by xmlbuilder2, which escapes every text and
 * attribute: no string of ours is ever spliced into markup.
 */
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

const document = () => create({ version: '1.0', encoding: 'UTF-8' });

export interface NewsSitemapInput {
  publicationName: string;
  items: readonly FeedItem[];
}

/** Google News sitemap: `news:publication`, `news:publication_date` (first publication), `news:title`. */
export function newsSitemapXml({ publicationName, items }: NewsSitemapInput): string {
  const urlset = document().ele(SITEMAP, 'urlset').att('xmlns:news', NEWS);
  for (const item of items) {
    const news = urlset.ele('url').ele('loc').txt(item.url).up().ele(NEWS, 'news:news');
    news
      .ele(NEWS, 'news:publication')
      .ele(NEWS, 'news:name')
      .txt(publicationName)
      .up()
      .ele(NEWS, 'news:language')
      .txt(googleNewsLanguage(item.locale));
    news.ele(NEWS, 'news:publication_date').txt(w3cDateTime(item.firstPublishedAt));
    news.ele(NEWS, 'news:title').txt(item.headline);
  }
  return urlset.end();
}

/** A URL of the sitemap with its localizations: every one, itself included, as Google asks. */
export interface SitemapEntry {
  url: string;
  lastModified: Date;
  alternates: readonly { hreflang: string; url: string }[];
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urlset = document().ele(SITEMAP, 'urlset').att('xmlns:xhtml', XHTML);
  for (const entry of entries) {
    const url = urlset.ele('url');
    url.ele('loc').txt(entry.url);
    url.ele('lastmod').txt(w3cDateTime(entry.lastModified));
    // A single localization has no alternates to declare.
    if (entry.alternates.length < 2) continue;
    for (const alternate of entry.alternates)
      url.ele(XHTML, 'xhtml:link', {
        rel: 'alternate',
        hreflang: alternate.hreflang,
        href: alternate.url,
      });
  }
  return urlset.end();
}

/**
 * The index of the sitemap pages. No `lastmod`: a page's own would cost a query per page, and one
 * date for all would tell crawlers every page changed.
 */
export function sitemapIndexXml(pageUrls: readonly string[]): string {
  const index = document().ele(SITEMAP, 'sitemapindex');
  for (const url of pageUrls) index.ele('sitemap').ele('loc').txt(url);
  return index.end();
}

/** How many pages `count` URLs fill, `pageSize` to a page; at least one, possibly empty. */
export const sitemapPageCount = (count: number, pageSize: number): number =>
  Math.max(1, Math.ceil(count / pageSize));
