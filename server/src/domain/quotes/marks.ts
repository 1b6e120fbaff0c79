/**
 * Where the quotations are: quotation-mark scanning over paragraphs, masking of quoted
 * words, and sentence bounds. Pure and linear in the text length.
 */

/** One paragraph's share of a quotation: `from` is just after the opening mark, `to` is the closing mark (or the paragraph end). */
export interface QuoteRange {
  paragraph: number;
  from: number;
  to: number;
}

/** A quotation, possibly over several paragraphs; ranges are in paragraph order. */
export interface QuoteSpan {
  ranges: QuoteRange[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const isSpaceAt = (text: string, i: number): boolean => i >= text.length || SPACE.test(text[i]);

/** Opening mark → the marks that close it: English by default (straight and curly double marks). */
export type QuoteMarks = Readonly<Record<string, string>>;
export const ENGLISH_MARKS: QuoteMarks = { '"': '"”', '“': '"”' };
/** Marks written with a space inside (`« Bonjour »`), as French typography asks. */
const SPACED = new Set(['«', '»']);

/**
 * Only double marks delimit quotations (and a locale's own pairs, ‚ ‘ in German): single marks
 * are apostrophes far more often than quotes (`Today's`), so ‘ ’ and ' stay inside the text.
 * A straight " right after a letter or digit is an inch sign or a typo, not an opening.
 */
function opensAt(text: string, i: number, marks: QuoteMarks): boolean {
  const ch = text[i];
  if (marks[ch] === undefined) return false;
  if (SPACED.has(ch)) return i + 1 < text.length;
  if (isSpaceAt(text, i + 1)) return false;
  // A closing mark that may also open (English ”) opens only at a word's start: after a space.
  if (ch === '”') return i === 0 || SPACE.test(text[i - 1]);
  return ch !== '"' || !LETTER_OR_DIGIT.test(i > 0 ? text[i - 1] : '');
}

/** `“It is odd,“ said X`: an opening curly mark typed for the closing one, after a word and before a space. */
const closesAsTypo = (text: string, i: number, closers: string): boolean =>
  text[i] === '“' &&
  closers.includes('”') &&
  i > 0 &&
  !SPACE.test(text[i - 1]) &&
  isSpaceAt(text, i + 1);

/**
 * Wire copy continues a quotation into the next paragraph by leaving it unclosed and
 * opening the next paragraph with a mark again. Without that new mark the quotation was
 * never closed, and it is dropped rather than guessed at. Linear: one pass over the text.
 */
export function findQuoteSpans(
  paragraphs: readonly string[],
  marks: QuoteMarks = ENGLISH_MARKS
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: QuoteRange[] | null = null;
  let closers = '';
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    let i = 0;
    if (open) {
      const first = text.length - text.trimStart().length;
      if (marks[text[first]] !== undefined) {
        i = first + 1;
        open.push({ paragraph: p, from: i, to: text.length });
      } else {
        open = null;
      }
    }
    for (; i < text.length; i++) {
      if (open) {
        if (closers.includes(text[i]) || closesAsTypo(text, i, closers)) {
          open[open.length - 1].to = i;
          spans.push({ ranges: open });
          open = null;
        }
      } else if (opensAt(text, i, marks)) {
        open = [{ paragraph: p, from: i + 1, to: text.length }];
        closers = marks[text[i]];
      }
    }
  }
  return spans;
}

/** Stands in for quoted characters, so words inside a quotation never read as an attribution. */
export const MASK = '\uE000';
const KEPT_PUNCTUATION = /[.,!?…]/u;
/** `"It feels like, 'Meh, not now,'" he said`: a nested quotation's closing mark stands after the punctuation that counts. */
const NESTED_CLOSING = /['’‘]/u;

/**
 * The paragraphs with every quoted character replaced by MASK, offsets unchanged. The
 * last punctuation inside a quotation is kept: it still ends a sentence (`."`) or marks
 * an attribution to follow (`,"`).
 */
export function maskQuotes(paragraphs: readonly string[], spans: readonly QuoteSpan[]): string[] {
  const chars = new Map<number, string[]>();
  for (const { ranges } of spans) {
    for (const { paragraph, from, to } of ranges) {
      let row = chars.get(paragraph);
      if (!row) {
        // Code units, not code points, so indices stay string offsets.
        row = paragraphs[paragraph].split('');
        chars.set(paragraph, row);
      }
      let last = to - 1;
      while (last >= from && (SPACE.test(row[last]) || NESTED_CLOSING.test(row[last]))) last--;
      for (let j = from; j < to; j++) {
        if (j !== last || !KEPT_PUNCTUATION.test(row[j])) row[j] = MASK;
      }
    }
  }
  return paragraphs.map((text, p) => chars.get(p)?.join('') ?? text);
}

/** Words whose final period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'maj',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'etc',
  'approx',
]);
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»', '«', '“', '」', '』', '‘', MASK]);

/** True when `text[j]` ends a sentence: .!?; followed (after closing marks) by a space or the end. */
export function endsSentenceAt(text: string, j: number): boolean {
  const ch = text[j];
  // Chinese full stops need no space after them.
  if (ch === '。' || ch === '！' || ch === '？' || ch === '；') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') return false;
  let k = j + 1;
  while (k < text.length && CLOSERS.has(text[k])) k++;
  if (!isSpaceAt(text, k)) return false;
  if (ch !== '.') return true;
  let w = j;
  while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
  const word = text.slice(w, j);
  // A lone capital is an initial or part of "U.S."; a known abbreviation is not an end either.
  if (word.length === 1 && word === word.toUpperCase()) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * No sentence of prose is longer than this; past it an attribution is not looked for, which
 * keeps a paragraph of stray marks linear instead of quadratic.
 */
const LONGEST_SENTENCE = 1000;

/** Index where the sentence holding `index` starts. */
export function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - LONGEST_SENTENCE);
  for (let j = index - 1; j >= limit; j--) if (endsSentenceAt(text, j)) return j + 1;
  return limit;
}

/** Index of the punctuation ending the sentence that goes on from `index`, or the text length. */
export function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + LONGEST_SENTENCE);
  for (let j = index; j < limit; j++) if (endsSentenceAt(text, j)) return j;
  return limit;
}

/** How many sentences end between two offsets. */
export function countSentenceEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) if (endsSentenceAt(text, j)) count++;
  return count;
}

/** The quoted words: parts joined by a space, without a trailing comma from `"…," he said`. */
export function quotedText(paragraphs: readonly string[], span: QuoteSpan): string {
  return span.ranges
    .map(({ paragraph, from, to }) => paragraphs[paragraph].slice(from, to).trim())
    .filter((part) => part !== '')
    .join(' ')
    .replace(/\s+/gu, ' ')
    .replace(/,$/u, '')
    .trimEnd();
}
