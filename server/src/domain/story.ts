/**
 * The plain-text story format of docs/import.md, read and written. Pure: import turns the result
 * into an article, its body blocks and pinned top-news entries.
 */
import { collapseWhitespace, splitLines, type BlocksBody } from './paragraphs';
import { isFence, readFrontMatter, writeFrontMatter } from './story-front-matter';

export interface StoryMeta {
  city?: string;
  country?: string;
  timeZone?: string;
  date?: Date;
  agency?: string;
  byline?: string;
  section?: string;
  tags?: string[];
  locale?: string;
  deck?: string;
  priority?: number;
}

export interface ParsedStory {
  headline: string;
  deck: string | null;
  paragraphs: string[];
  /** The body as Strapi blocks when the source had more structure than paragraphs (a ninjs HTML body); `paragraphs` then hold its text. */
  blocks?: BlocksBody;
  topNews: string[];
  meta: StoryMeta;
}

export interface StoryError {
  message: string;
  /** 1-based line of the file */
  line: number;
}

export type StoryParseResult = { ok: true; story: ParsedStory } | { ok: false; error: StoryError };

export const MAX_LINE_LENGTH = 10_000;

/**
 * What one story may hold. A long wire story has about a hundred paragraphs and a top-news box ten
 * items; these are far beyond, and keep one import bounded in time and memory (a 1 MB file of
 * 75,000 one-word lines would otherwise become 75,000 paragraphs).
 */
export const MAX_PARAGRAPHS = 2_000;
export const MAX_TOP_NEWS_ITEMS = 50;

/** A deck is a short line; anything longer reads as the first paragraph. */
export const MAX_DECK_LENGTH = 200;

const TOP_NEWS_HEADING = "Today's Top News";
const TOP_NEWS_MARKERS = ['-', '*', '•'];

/** `fatal`: a file that is not UTF-8 is refused, not imported with U+FFFD in the text. `ignoreBOM` keeps the BOM so both input kinds drop it in one place. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Never throws, for any input. A Buffer is decoded as UTF-8 strictly (TextDecoder with fatal: true): invalid UTF-8 is an error naming the first bad line. */
export function parseStory(input: string | Uint8Array): StoryParseResult {
  const decoded = decode(input);
  if (!decoded.ok) return decoded;
  const lines = splitLines(decoded.text.replace(/^\uFEFF/, ''));
  const tooLong = lines.findIndex((line) => codePointLength(line) > MAX_LINE_LENGTH);
  if (tooLong >= 0)
    return fail(tooLong + 1, `the line is longer than ${MAX_LINE_LENGTH} characters`);
  const front = readFrontMatter(lines);
  if (!front.ok) return front;
  return readBody(lines, front.bodyStart, front.meta, front.noDeck);
}

/** "Today's Top News" with any apostrophe or none, any case, an optional colon. */
export function isTopNewsHeading(line: string): boolean {
  return /^today['’ʼ`‘´]?s top news ?:?$/i.test(collapseWhitespace(line));
}

/** The line after the headline is the deck when it is short and not a sentence. */
export function looksLikeDeck(line: string): boolean {
  const text = collapseWhitespace(line);
  return text !== '' && codePointLength(text) <= MAX_DECK_LENGTH && !/[.!?…]["'”’»›]*$/.test(text);
}

/**
 * Writes a story in the docs/import.md format, front matter only for present meta keys, so that
 * parseStory(formatStory(s)) gives back any story parseStory returned. A deck that
 * would not read back as one goes into the front matter; a story without a deck whose
 * first paragraph looks like one gets an empty `deck:`.
 */
export function formatStory(story: ParsedStory): string {
  const headline = collapseWhitespace(story.headline);
  const deck = collapseWhitespace(story.deck ?? '');
  const paragraphs = story.paragraphs.map(collapseWhitespace).filter(Boolean);
  const topNews = story.topNews.map(collapseWhitespace).filter(Boolean);

  const deckInFront =
    deck !== '' &&
    (story.meta.deck !== undefined || !looksLikeDeck(deck) || isTopNewsHeading(deck));
  const meta: StoryMeta = { ...story.meta };
  delete meta.deck;
  if (deckInFront) meta.deck = deck;
  const noDeck = deck === '' && paragraphs.length > 0 && looksLikeDeck(paragraphs[0]);

  const lines = writeFrontMatter(meta, { noDeck });
  // Without front matter a headline of "---" would open one; an empty block keeps it a headline.
  if (lines.length === 0 && isFence(headline)) lines.push('---', '---');
  lines.push(headline);
  if (deck !== '' && !deckInFront) lines.push(deck);
  lines.push('', ...paragraphs);
  if (topNews.length > 0) lines.push(TOP_NEWS_HEADING, ...topNews.map((item) => `- ${item}`));
  return lines.join('\n') + '\n';
}

function readBody(
  lines: readonly string[],
  start: number,
  meta: StoryMeta,
  noDeck: boolean
): StoryParseResult {
  let index = start;
  while (index < lines.length && collapseWhitespace(lines[index]) === '') index++;
  if (index === lines.length) {
    return fail(
      Math.max(lines.length, 1),
      `no headline: the file has no text${start > 0 ? ' after the front matter' : ''}`
    );
  }

  const story: ParsedStory = {
    headline: collapseWhitespace(lines[index]),
    deck: meta.deck ?? null,
    paragraphs: [],
    topNews: [],
    meta,
  };
  let deckPending = meta.deck === undefined && !noDeck;
  let inTopNews = false;
  for (index++; index < lines.length; index++) {
    const text = collapseWhitespace(lines[index]);
    if (text === '') continue;
    if (inTopNews) {
      const item = readTopNewsItem(text);
      if (item === null)
        return fail(
          index + 1,
          `expected a top-news item starting with "-", "*" or "•" after "${TOP_NEWS_HEADING}"`
        );
      if (item !== '' && story.topNews.push(item) > MAX_TOP_NEWS_ITEMS)
        return fail(index + 1, `a story may list at most ${MAX_TOP_NEWS_ITEMS} top-news items`);
    } else if (isTopNewsHeading(text)) {
      inTopNews = true;
    } else if (deckPending && looksLikeDeck(text)) {
      deckPending = false;
      story.deck = text;
    } else {
      deckPending = false;
      if (story.paragraphs.push(text) > MAX_PARAGRAPHS)
        return fail(index + 1, `a story may have at most ${MAX_PARAGRAPHS} paragraphs`);
    }
  }
  return { ok: true, story };
}

/** The item text, '' for a bare marker (skipped), null for a line that is not an item. */
function readTopNewsItem(text: string): string | null {
  return TOP_NEWS_MARKERS.includes(text[0]) ? collapseWhitespace(text.slice(1)) : null;
}

type Decoded = { ok: true; text: string } | { ok: false; error: StoryError };

function decode(input: unknown): Decoded {
  if (typeof input === 'string') return { ok: true, text: input };
  // toStringTag rather than instanceof: a Buffer from another realm (Jest's sandbox, a worker) is still a Uint8Array.
  if (Object.prototype.toString.call(input) !== '[object Uint8Array]') {
    return fail(1, 'a story must be given as text or as UTF-8 bytes');
  }
  const bytes = input as Uint8Array;
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return fail(firstBadLine(bytes), 'the file is not valid UTF-8 text');
  }
}

/** Line breaks are ASCII bytes and never occur inside a UTF-8 sequence, so each line can be checked alone. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const byte = bytes[i];
    if (i < bytes.length && byte !== 0x0a && byte !== 0x0d) continue;
    if (!isUtf8(bytes.subarray(start, i))) return line;
    if (byte === 0x0d && bytes[i + 1] === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return 1; // not reached: the whole failed, so some line fails
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Characters as a reader counts them: an emoji is one, not two UTF-16 units. */
function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

function fail(line: number, message: string): { ok: false; error: StoryError } {
  return { ok: false, error: { line, message } };
}
