/**
 * Article bodies as paragraphs: the one shape the quote extractor, the summary rule
 * (docs/api.md) and story import (docs/import.md) agree on, whether the body came as Strapi "blocks" rich
 * text or as plain text.
 */

export type BlocksBody = ReadonlyArray<Record<string, unknown>>;

const DEFAULT_SUMMARY_LENGTH = 300;

/** Blocks nest (list → list-item → link → text); a cap keeps a cyclic or hostile body from overflowing the stack. */
const MAX_NESTING = 32;

/** Block types whose inline text is one paragraph. `image` and `code` carry no prose, so they are skipped with every unknown type. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list-item']);

/** Collapses runs of whitespace (tabs, no-break spaces, soft line breaks) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits on LF, CRLF or a lone CR, so files saved on any system number their lines
 * alike. A final line break ends the last line rather than opening an empty one.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Blocks or plain text → paragraphs (strings, trimmed, non-empty). Plain text: one paragraph per non-empty line. Blocks: each paragraph/heading/quote/list-item gives one paragraph of its concatenated text; images and code skipped. Unknown shapes are ignored, never throw. */
export function bodyToParagraphs(body: unknown): string[] {
  if (typeof body === 'string') return splitLines(body).map(collapseWhitespace).filter(Boolean);
  const paragraphs: string[] = [];
  if (Array.isArray(body)) collectBlocks(body, paragraphs, 0);
  return paragraphs;
}

/** Paragraphs → Strapi blocks (one paragraph node each with a single text child). */
export function paragraphsToBlocks(paragraphs: readonly string[]): BlocksBody {
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

/** Summary rule of docs/api.md: the first paragraph, cut at a sentence end within maxLength (300) chars; if no sentence end fits, cut at a word boundary and add '…'. */
export function summarize(
  paragraphs: readonly string[],
  maxLength: number = DEFAULT_SUMMARY_LENGTH
): string {
  const limit = Number.isFinite(maxLength)
    ? Math.max(1, Math.floor(maxLength))
    : DEFAULT_SUMMARY_LENGTH;
  const first = paragraphs.map(collapseWhitespace).find(Boolean);
  if (first === undefined) return '';
  // Code points, not UTF-16 units, so a cut never splits an emoji or a CJK extension character.
  const chars = Array.from(first);
  if (chars.length <= limit) return first;
  const end = lastSentenceEnd(chars, limit);
  if (end > 0) return chars.slice(0, end).join('');
  return cutAtWord(chars, limit - 1) + '…';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function collectBlocks(nodes: readonly unknown[], out: string[], depth: number): void {
  if (depth > MAX_NESTING) return;
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    if (node.type === 'list' && Array.isArray(node.children)) {
      collectBlocks(node.children, out, depth + 1);
    } else if (typeof node.type === 'string' && TEXT_BLOCKS.has(node.type)) {
      const text = collapseWhitespace(inlineText(node.children, depth + 1));
      if (text) out.push(text);
    }
  }
}

/** Text leaves and links alike: a node with `text` is a leaf, anything else contributes its children's text. */
function inlineText(children: unknown, depth: number): string {
  if (depth > MAX_NESTING || !Array.isArray(children)) return '';
  let text = '';
  for (const child of children) {
    if (!isRecord(child)) continue;
    text += typeof child.text === 'string' ? child.text : inlineText(child.children, depth + 1);
  }
  return text;
}

const SENTENCE_PUNCTUATION = new Set(['.', '!', '?', '…']);
const CLOSING_MARKS = new Set(['"', "'", '”', '’', '»', '›', ')', ']']);

/**
 * Wire copy is full of AP-style abbreviations ("Gen. Khalifa Haftar", "Jan. 8",
 * "U.S. officials"); a period after one of them does not end a sentence.
 */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Sen',
  'Rep',
  'Gov',
  'St',
  'Jan',
  'Feb',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'vs',
]);

/** End index (exclusive) of the longest prefix of at most `limit` chars ending a sentence; 0 when none fits. */
function lastSentenceEnd(chars: readonly string[], limit: number): number {
  let best = 0;
  for (let i = 0; i < limit; i++) {
    if (!SENTENCE_PUNCTUATION.has(chars[i])) continue;
    let end = i + 1;
    while (end < chars.length && CLOSING_MARKS.has(chars[end])) end++;
    const atBoundary = end === chars.length || /\s/.test(chars[end]);
    if (end <= limit && atBoundary && !(chars[i] === '.' && isAbbreviation(chars, i))) best = end;
  }
  return best;
}

function isAbbreviation(chars: readonly string[], period: number): boolean {
  let start = period;
  while (start > 0 && !/\s/.test(chars[start - 1])) start--;
  const word = chars
    .slice(start, period)
    .join('')
    .replace(/^["'“‘(«]+/, '');
  return /^[A-Z]$/.test(word) || word.includes('.') || ABBREVIATIONS.has(word);
}

/** At most `limit` chars ending at a word boundary, without trailing commas or dashes before the ellipsis. */
function cutAtWord(chars: readonly string[], limit: number): string {
  const head = chars.slice(0, limit);
  const nextIsSpace = limit < chars.length && /\s/.test(chars[limit]);
  let cut = head.length;
  if (!nextIsSpace) {
    let lastSpace = head.length - 1;
    while (lastSpace > 0 && !/\s/.test(head[lastSpace])) lastSpace--;
    if (lastSpace > 0) cut = lastSpace;
  }
  const text = head
    .slice(0, cut)
    .join('')
    .replace(/[\s,;:–—-]+$/u, '');
  return text || head.join('').trimEnd();
}
