/**
 * The ranking rule of "Today's Top News" (docs/top-news.md), apart from the database: the hook
 * loads one edition date's pins and published articles, and stores what this returns.
 */

export interface TopNewsCandidate {
  documentId: string;
  headline: string;
  slug: string | null;
  topNewsPriority: number;
  firstPublishedAt: string | Date;
  excludeFromTopNews: boolean;
}

export interface PinnedEntry {
  id: number | string;
  title: string;
  position: number | null;
  articleDocumentId: string | null;
}

export type RankedItem =
  { kind: 'pinned'; entry: PinnedEntry } | { kind: 'generated'; article: TopNewsCandidate };

/**
 * Pins first by position (nulls last, then id), then candidates not excluded and not
 * already pinned (by articleDocumentId), by topNewsPriority desc, firstPublishedAt desc,
 * headline asc (localeCompare 'en'), then documentId as a final tie-break so the order
 * is total; no duplicate documentIds; at most `size` items in all.
 *
 * Pins beyond `size` are left out of the returned list but never deleted: they belong
 * to the editor, and shrinking `topNews.size` or unpinning another entry brings them
 * back. An editor's pin wins over `excludeFromTopNews`: the flag only keeps an article
 * out of the generated part.
 *
 * Permutation-invariant in both inputs, so two processes regenerating the same date
 * from the same rows write the same list (docs/databases.md).
 */
export function rankTopNews(input: {
  pinned: readonly PinnedEntry[];
  candidates: readonly TopNewsCandidate[];
  size: number;
}): RankedItem[] {
  const limit = input.size > 0 ? Math.floor(input.size) : 0;
  const ranked: RankedItem[] = [];
  const seenPins = new Set<string>();
  const seenArticles = new Set<string>();

  for (const entry of [...input.pinned].sort(comparePins)) {
    const pinKey = `${typeof entry.id}:${String(entry.id)}`;
    // Two pins of one article would show the same story twice.
    if (
      seenPins.has(pinKey) ||
      (entry.articleDocumentId !== null && seenArticles.has(entry.articleDocumentId))
    )
      continue;
    seenPins.add(pinKey);
    if (entry.articleDocumentId !== null) seenArticles.add(entry.articleDocumentId);
    ranked.push({ kind: 'pinned', entry });
  }
  // Pin exclusions are taken before the cut, so a pin beyond `size` still keeps its article out of the generated part.
  const eligible = input.candidates.filter(
    (article) => !article.excludeFromTopNews && !seenArticles.has(article.documentId)
  );
  for (const article of eligible.sort(compareCandidates)) {
    if (seenArticles.has(article.documentId)) continue;
    seenArticles.add(article.documentId);
    ranked.push({ kind: 'generated', article });
  }
  return ranked.slice(0, limit);
}

function comparePins(a: PinnedEntry, b: PinnedEntry): number {
  return (
    compareNumbers(positionKey(a.position), positionKey(b.position)) ||
    compareIds(a.id, b.id) ||
    compareText(a.title, b.title) ||
    compareText(a.articleDocumentId ?? '', b.articleDocumentId ?? '')
  );
}

function compareCandidates(a: TopNewsCandidate, b: TopNewsCandidate): number {
  return (
    compareNumbers(priorityKey(b.topNewsPriority), priorityKey(a.topNewsPriority)) ||
    compareNumbers(timeKey(b.firstPublishedAt), timeKey(a.firstPublishedAt)) ||
    a.headline.localeCompare(b.headline, 'en') ||
    compareText(a.documentId, b.documentId) ||
    // Only rows sharing a documentId get this far: decide which one is kept, whatever the input order.
    compareText(a.headline, b.headline) ||
    compareText(a.slug ?? '', b.slug ?? '') ||
    compareText(rawTime(a.firstPublishedAt), rawTime(b.firstPublishedAt))
  );
}

/** A pin without a position (or with a broken one) goes after those the editor placed. */
function positionKey(position: number | null): number {
  return typeof position === 'number' && Number.isFinite(position) ? position : Infinity;
}

function priorityKey(priority: number): number {
  return Number.isFinite(priority) ? priority : 0;
}

/** An unreadable date ranks as the oldest rather than breaking the sort. */
function timeKey(value: string | Date): number {
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? -Infinity : time;
}

function rawTime(value: string | Date): string {
  return value instanceof Date ? `date:${value.getTime()}` : `text:${value}`;
}

/** Comparisons, not subtraction: Infinity - Infinity is NaN and would make the order depend on the input. */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit order: unlike localeCompare it never calls two different strings equal. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numeric ids (SQL) before string ids, each in its natural order. */
function compareIds(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(a, b);
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return compareText(a, b);
}

/** A generated entry as stored: the article it points at, its title and position. */
export interface StoredGeneratedEntry {
  documentId: string;
  title: string;
  position: number | null;
  articleDocumentId: string | null;
}

export interface WantedEntry {
  articleDocumentId: string;
  title: string;
  position: number;
}

/** The writes that turn a day's stored generated entries into the wanted ones. */
export interface TopNewsWrites {
  /** Entries that keep their article: only their title or position changes (plain columns). */
  retitle: { documentId: string; title: string; position: number }[];
  /** Entries given another article (a relation change), reusing an entry the list no longer needs. */
  repoint: { documentId: string; entry: WantedEntry }[];
  create: WantedEntry[];
  remove: string[];
}

/**
 * The fewest writes from `stored` to `wanted`: an entry whose article is still in the list keeps
 * its row and at most changes columns, so a new story at the top of a busy day moves the others
 * down by a column update each and re-points one entry, rather than rewriting all six. An entry
 * pointing at an article twice (a stored duplicate) is reused or removed like a spare one.
 */
export function planTopNewsWrites(
  stored: readonly StoredGeneratedEntry[],
  wanted: readonly WantedEntry[]
): TopNewsWrites {
  const byArticle = new Map<string, StoredGeneratedEntry>();
  const spare: StoredGeneratedEntry[] = [];
  const wantedArticles = new Set(wanted.map((entry) => entry.articleDocumentId));
  for (const entry of stored) {
    const article = entry.articleDocumentId;
    if (article !== null && wantedArticles.has(article) && !byArticle.has(article))
      byArticle.set(article, entry);
    else spare.push(entry);
  }
  const writes: TopNewsWrites = { retitle: [], repoint: [], create: [], remove: [] };
  for (const entry of wanted) {
    const kept = byArticle.get(entry.articleDocumentId);
    if (kept) {
      if (kept.title !== entry.title || kept.position !== entry.position)
        writes.retitle.push({
          documentId: kept.documentId,
          title: entry.title,
          position: entry.position,
        });
      continue;
    }
    const reused = spare.shift();
    if (reused) writes.repoint.push({ documentId: reused.documentId, entry });
    else writes.create.push(entry);
  }
  writes.remove = spare.map((entry) => entry.documentId);
  return writes;
}
