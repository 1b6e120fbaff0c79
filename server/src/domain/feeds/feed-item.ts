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
   * The last significant update. Until corrections and updates (§14) record one, the published
   * version's `updatedAt`: a republish without changes moves it too.
   */
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
  updatedAt: Date;
}

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
    updatedAt: row.updatedAt,
  };
}

/** The newest last-significant-update of `items`, or `fallback` for an empty feed. */
export function newestUpdate(items: readonly { updatedAt: Date }[], fallback: Date): Date {
  return items.reduce(
    (newest, item) => (item.updatedAt > newest ? item.updatedAt : newest),
    fallback
  );
}
