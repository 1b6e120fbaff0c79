import { parseFeed } from '@rowanmanning/feed-parser';

import { toFeedItem, type FeedArticleRow } from '../../server/src/domain/feeds/feed-item';
import {
  newsSitemapXml,
  sitemapIndexXml,
  sitemapPageCount,
  sitemapXml,
} from '../../server/src/domain/feeds/sitemaps';
import { atomXml, rssXml } from '../../server/src/domain/feeds/syndication';
import { validateSitemap, validateSitemapIndex } from '../helpers/xml-schemas';

/** What the databases never hand over (they store U+FFFD), but code or a future driver might. */
const HOSTILE = 'A & B <i>x</i> ]]> \u0001\u000B cut \uD83D half \uDE00 😀 end';
const CLEAN = 'A & B <i>x</i> ]]>  cut  half  😀 end';

const row: FeedArticleRow = {
  headline: HOSTILE,
  deck: ` ${HOSTILE} `,
  summary: 'Unused: the deck comes first',
  byline: HOSTILE,
  section: HOSTILE,
  tags: [HOSTILE, 7, '  ', 'Libya'],
  locale: 'zh-Hans',
  slug: 'a-b',
  editionDate: '2020-01-08',
  firstPublishedAt: new Date('2020-01-08T00:00:00Z'),
  lastSignificantUpdateAt: new Date('2020-01-08T01:15:00Z'),
  updatedAt: new Date('2020-01-08T02:30:00Z'),
};
const item = toFeedItem(row, 'https://news.example.com/a-b?x=1&y=2');
const channel = {
  title: 'China Daily & Co',
  link: 'https://news.example.com',
  selfUrl: 'https://cms.example.com/api/newsroom/feeds/rss.xml?tag=a&b',
  language: 'zh-Hans',
  updated: item.lastSignificantUpdateAt,
};

describe('toFeedItem', () => {
  it('keeps XML-safe text only; the deck before the summary; string tags only', () => {
    expect(item).toEqual({
      url: 'https://news.example.com/a-b?x=1&y=2',
      headline: CLEAN,
      description: CLEAN,
      byline: CLEAN,
      section: CLEAN,
      tags: [CLEAN, 'Libya'],
      locale: 'zh-Hans',
      firstPublishedAt: row.firstPublishedAt,
      lastSignificantUpdateAt: row.lastSignificantUpdateAt,
      updatedAt: row.updatedAt,
    });
  });

  it('shows the first publication as the last significant update of an article without one', () => {
    const legacy = toFeedItem({ ...row, lastSignificantUpdateAt: null }, '/a-b');
    expect(legacy.lastSignificantUpdateAt).toEqual(row.firstPublishedAt);
    const bare = toFeedItem({ ...row, lastSignificantUpdateAt: null, firstPublishedAt: null }, '/');
    expect(bare.lastSignificantUpdateAt).toEqual(row.updatedAt);
  });

  it('takes the summary without a deck, and the version’s date without a first publication', () => {
    const bare = toFeedItem({ ...row, deck: null, firstPublishedAt: null, tags: null }, '/a-b');
    expect(bare.description).toBe('Unused: the deck comes first');
    expect(bare.firstPublishedAt).toEqual(row.updatedAt);
    expect(bare.tags).toEqual([]);
  });
});

describe('sitemaps from hostile text', () => {
  it('news sitemap: valid against Google’s schema, zh-Hans as zh-cn', () => {
    const xml = newsSitemapXml({ publicationName: 'China Daily & Co', items: [item] });
    validateSitemap(xml);
    expect(xml).toContain('<news:language>zh-cn</news:language>');
    expect(xml).toContain('<loc>https://news.example.com/a-b?x=1&amp;y=2</loc>');
  });

  it('sitemap: alternates only for a document with more than one localization', () => {
    const entry = { url: item.url, lastModified: item.updatedAt };
    const single = sitemapXml([{ ...entry, alternates: [{ hreflang: 'en', url: item.url }] }]);
    const pair = sitemapXml([
      {
        ...entry,
        alternates: [
          { hreflang: 'en', url: item.url },
          { hreflang: 'zh-Hans', url: 'https://news.example.com/zh' },
        ],
      },
    ]);
    for (const xml of [single, pair]) validateSitemap(xml);
    expect(single).not.toContain('xhtml:link rel');
    expect(pair.match(/<xhtml:link /g)).toHaveLength(2);
  });

  it('sitemap index: valid against the index schema', () => {
    validateSitemapIndex(sitemapIndexXml(['https://cms.example.com/sitemap-1.xml?locale=en']));
  });

  it.each([
    [0, 50_000, 1],
    [50_000, 50_000, 1],
    [50_001, 50_000, 2],
    [5, 2, 3],
  ])('%i URLs at %i a page: %i pages', (count, size, pages) => {
    expect(sitemapPageCount(count, size)).toBe(pages);
  });
});

describe.each([
  ['rss', rssXml],
  ['atom', atomXml],
])('%s from hostile text, read back by a feed reader', (kind, write) => {
  const feed = parseFeed(write(channel, [item])).toJSON();

  it('every field, as written', () => {
    expect(feed.title).toBe('China Daily & Co');
    expect(feed.self).toBe(channel.selfUrl);
    expect(feed.language).toBe('zh-Hans');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      id: item.url,
      url: item.url,
      title: CLEAN,
      description: CLEAN,
      published: '2020-01-08T00:00:00.000Z',
      // Atom's updated is the last significant update (a correction), not the version's time.
      updated: kind === 'rss' ? '2020-01-08T00:00:00.000Z' : '2020-01-08T01:15:00.000Z',
      authors: [{ name: CLEAN, email: null, url: null }],
      categories: [CLEAN, CLEAN, 'Libya'].map((term) => ({ label: term, term, url: null })),
    });
  });
});
