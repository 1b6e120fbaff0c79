/**
 * The words of a text as the speaker readers take them (runs of non-space, trailing punctuation
 * cut off), read over code units: names are looked for in every word of a body.
 */
import { asciiHash, isSpaceCode } from '../chars';
import { ABBREVIATED_TITLES, RUN_KEYS, type Token, key } from './words';

/** Punctuation that ends a phrase when it ends a word. */
const CUT = new Set([...',.;:!?)"”\uE000']);
const INITIALS = /^(?:\p{L}\.)+$/u;

/** Where the word (run of non-space) at or after `i` starts: the text length when there is none. */
export function wordStart(text: string, i: number): number {
  let at = i;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}
/** Where the word starting at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && !isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Where `text[start, end)` ends once its trailing punctuation is cut off. */
const keptEnd = (text: string, start: number, end: number): number => {
  let kept = end;
  while (kept > start && CUT.has(text[kept - 1])) kept--;
  return kept;
};

/** The word `text[start, end)` as a token. */
export function tokenAt(text: string, start: number, end: number, cutPunctuation: boolean): Token {
  let word = text.slice(start, end);
  let trail = '';
  const kept = cutPunctuation ? keptEnd(text, start, end) - start : word.length;
  // "U.S." and "Dr." keep their period; "Cavusoglu." ends the phrase.
  if (
    kept < word.length &&
    !(
      kept === word.length - 1 &&
      word[kept] === '.' &&
      (INITIALS.test(word) || ABBREVIATED_TITLES.has(key(word)))
    )
  ) {
    trail = word.slice(kept);
    word = word.slice(0, kept);
  }
  return { text: word, start, end: start + word.length, trail };
}

/** The words of a text (runs of non-space), read over code units. */
export function tokenize(text: string, cutPunctuation: boolean): Token[] {
  const tokens: Token[] = [];
  for (let start = wordStart(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    tokens.push(tokenAt(text, start, end, cutPunctuation));
    start = wordStart(text, end);
  }
  return tokens;
}

const RUN_KEY_HASHES = new Set([...RUN_KEYS].map((k) => asciiHash(k)));
/**
 * False when the word `text[start, end)`, its punctuation cut, is surely no run word, without
 * making a string: it opens with no letter, or with a lower-case ASCII one and is neither a title
 * nor a department (its hash says so) nor hyphenated (al-Serraj). Names are read in every word
 * of a body, and most words are neither.
 */
export function mayBeRunWord(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code === 0xe000) return false;
  if (code < 97 || code > 122) return code >= 128 || (code >= 65 && code <= 90);
  const kept = keptEnd(text, start, end);
  for (let i = start + 1; i < kept; i++) if (text.charCodeAt(i) === 45) return true;
  const hash = asciiHash(text, start, kept);
  return hash === null || RUN_KEY_HASHES.has(hash);
}
