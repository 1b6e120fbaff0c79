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
const ELLIPSIS_AFTER_SPACE = /^\s(?:…|\.\.\.)/u;
function opensAt(text: string, i: number, marks: QuoteMarks): boolean {
  const ch = text[i];
  if (marks[ch] === undefined) return false;
  if (SPACED.has(ch)) return i + 1 < text.length;
  // `“ … he delivered`: a quotation may open on an ellipsis after a space.
  if (isSpaceAt(text, i + 1) && !ELLIPSIS_AFTER_SPACE.test(text.slice(i + 1, i + 5))) return false;
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

const escapeClass = (chars: string): string => chars.replace(/[\\\]^-]/gu, '\\$&');
const OPENING = new WeakMap<QuoteMarks, RegExp>();
const CLOSING = new Map<string, RegExp>();
/** Where any opening mark of `marks` may stand. */
function openingSearch(marks: QuoteMarks): RegExp {
  let search = OPENING.get(marks);
  if (!search) {
    search = new RegExp(`[${escapeClass(Object.keys(marks).join(''))}]`, 'gu');
    OPENING.set(marks, search);
  }
  return search;
}
/** Where one of `closers` may stand, or `“` typed for `”`. */
function closingSearch(closers: string): RegExp {
  let search = CLOSING.get(closers);
  if (!search) {
    search = new RegExp(`[${escapeClass(`${closers}“`)}]`, 'gu');
    CLOSING.set(closers, search);
  }
  return search;
}
/** Index of the next character `search` finds from `from`, or the text length. */
function nextMark(text: string, from: number, search: RegExp): number {
  search.lastIndex = from;
  const found = search.exec(text);
  return found ? found.index : text.length;
}

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
    // A blank paragraph between two of a quotation's paragraphs neither ends nor holds it.
    if (open && text.trim() === '') continue;
    if (open) {
      const first = text.length - text.trimStart().length;
      if (marks[text[first]] !== undefined) {
        i = first + 1;
        open.push({ paragraph: p, from: i, to: text.length });
      } else {
        open = null;
      }
    }
    // Only a mark can open or close: the scan jumps from one to the next.
    for (
      i = nextMark(text, i, open ? closingSearch(closers) : openingSearch(marks));
      i < text.length;
    ) {
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
      i = nextMark(text, i + 1, open ? closingSearch(closers) : openingSearch(marks));
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
