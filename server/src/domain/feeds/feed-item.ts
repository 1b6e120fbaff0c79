import { feedText } from './text';

/** One published article as every feed shows it: URLs built, texts XML-safe (see `toFeedItem`). */
export interface FeedItem {
  url: string;
  headline: string;
  /** The deck, else the summary. */
  description: string | null;
  byline: string | null;
  section: string | null;
  tags: string[];
  locale: string;
  firstPublishedAt: Date;
  /**
   * The last significant update (docs/corrections.md): the newest correction note, else the first
   * publication. What Atom's `updated` and a sitemap's `lastmod` show: a typo fix does not move it.
   */
  lastSignificantUpdateAt: Date;
  /** The published version's last write of any kind: HTTP's Last-Modified, which every change must move. */
  updatedAt: Date;
}

/** The columns a feed reads, as the feed store hands them over. */
export interface FeedArticleRow {
  headline: string;
  deck: string | null;
  summary: string | null;
  byline: string | null;
  section: string | null;
  tags: unknown;
  locale: string;
  slug: string;
  editionDate: string | null;
  firstPublishedAt: Date | null;
  lastSignificantUpdateAt: Date | null;
  updatedAt: Date;
}

/**
 * An article's last significant update as the feeds show it. Articles published before the plugin
 * kept one fall back to their first publication, then to their version's time.
 */
export const significantUpdateOf = (row: FeedArticleRow): Date =>
  row.lastSignificantUpdateAt ?? row.firstPublishedAt ?? row.updatedAt;

/** Tags as stored are JSON the editor typed: strings kept, blanks and anything else dropped. */
export function feedTags(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  return tags.flatMap((tag) => {
    const text = typeof tag === 'string' ? feedText(tag) : null;
    return text === null ? [] : [text];
  });
}

export function toFeedItem(row: FeedArticleRow, url: string): FeedItem {
  return {
    url,
    headline: feedText(row.headline) ?? '',
    description: feedText(row.deck) ?? feedText(row.summary),
    byline: feedText(row.byline),
    section: feedText(row.section),
    tags: feedTags(row.tags),
    locale: row.locale,
    // An article published before the plugin set firstPublishedAt: its version's time is the best known.
    firstPublishedAt: row.firstPublishedAt ?? row.updatedAt,
    lastSignificantUpdateAt: significantUpdateOf(row),
    updatedAt: row.updatedAt,
  };
}

/** The newest of `dates`, or `fallback` for none (an empty feed). */
export function newest(dates: readonly Date[], fallback: Date): Date {
  return dates.reduce((latest, date) => (date > latest ? date : latest), fallback);
}
