import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

import { rfc822, w3cDateTime } from './dates';
import type { FeedItem } from './feed-item';

/**
 * RSS 2.0 and Atom 1.0 (docs/feeds.md): the same items, the same channel. Written by xmlbuilder2,
 * which escapes every text and attribute.
 */
const ATOM = 'http://www.w3.org/2005/Atom';
const DC = 'http://purl.org/dc/elements/1.1/';

export interface Channel {
  title: string;
  /** The site's home page. */
  link: string;
  /** This feed's own URL, as the reader asked for it. */
  selfUrl: string;
  language: string;
  /** The newest last-significant-update of the items. */
  updated: Date;
}

const categoriesOf = (item: FeedItem) => [...(item.section ? [item.section] : []), ...item.tags];

const optional = (parent: XMLBuilder, name: string, text: string | null) => {
  if (text !== null) parent.ele(name).txt(text);
};

export function rssXml(channel: Channel, items: readonly FeedItem[]): string {
  const rss = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('rss', { version: '2.0' })
    .att('xmlns:atom', ATOM)
    .att('xmlns:dc', DC);
  const head = rss.ele('channel');
  head.ele('title').txt(channel.title);
  head.ele('link').txt(channel.link);
  head.ele('description').txt(channel.title);
  head.ele('language').txt(channel.language);
  head.ele('lastBuildDate').txt(rfc822(channel.updated));
  head.ele(ATOM, 'atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' });
  for (const item of items) {
    const entry = head.ele('item');
    entry.ele('title').txt(item.headline);
    entry.ele('link').txt(item.url);
    entry.ele('guid', { isPermaLink: 'true' }).txt(item.url);
    entry.ele('pubDate').txt(rfc822(item.firstPublishedAt));
    optional(entry, 'description', item.description);
    if (item.byline !== null) entry.ele(DC, 'dc:creator').txt(item.byline);
    for (const category of categoriesOf(item)) entry.ele('category').txt(category);
  }
  return rss.end();
}

export function atomXml(channel: Channel, items: readonly FeedItem[]): string {
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele(ATOM, 'feed', {
    'xml:lang': channel.language,
  });
  feed.ele('title').txt(channel.title);
  feed.ele('id').txt(channel.selfUrl);
  feed.ele('updated').txt(w3cDateTime(channel.updated));
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: channel.selfUrl });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: channel.link });
  // Atom needs an author for every entry: the publication stands in for entries without a byline.
  feed.ele('author').ele('name').txt(channel.title);
  for (const item of items) {
    const entry = feed.ele('entry');
    entry.ele('title').txt(item.headline);
    entry.ele('id').txt(item.url);
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: item.url });
    entry.ele('published').txt(w3cDateTime(item.firstPublishedAt));
    entry.ele('updated').txt(w3cDateTime(item.lastSignificantUpdateAt));
    optional(entry, 'summary', item.description);
    if (item.byline !== null) entry.ele('author').ele('name').txt(item.byline);
    for (const category of categoriesOf(item)) entry.ele('category', { term: category });
  }
  return feed.end();
}
