/**
 * Sentence bounds in a paragraph whose quoted words are masked: where an attribution's
 * sentence starts and ends. Pure; a scan never reaches further than one long sentence.
 */
import { isSpaceCode } from './chars';
import { MASK, type QuoteSpan } from './marks';

const isSpaceAt = (text: string, i: number): boolean =>
  i >= text.length || isSpaceCode(text.charCodeAt(i));

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
  for (let j = index - 1; j >= limit; j--) {
    if (!endsSentenceAt(text, j)) continue;
    // `… smart.” Trump was …`: the closing mark after the stop belongs to the sentence before.
    let k = j + 1;
    while (k < index && CLOSERS.has(text[k])) k++;
    return k;
  }
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

/** A quotation's sentence up to its opening mark: the paragraph's text, where the sentence starts, its words before the mark. */
export function sentenceBefore(
  span: QuoteSpan,
  masked: readonly string[]
): { text: string; from: number; lead: string } {
  const first = span.ranges[0];
  const text = masked[first.paragraph];
  const from = sentenceStart(text, first.from - 1);
  return { text, from, lead: text.slice(from, first.from - 1) };
}
