/** The reporting verbs of a vocabulary, and where they stand in a text. */
import { vocabularyFor, type QuoteVocabulary } from '../quote-vocabulary';
import { asciiHash, isAsciiLetter, isSpaceCode, lower } from './chars';

/** A reporting verb as written in the text (`said`, `according  to`) and where it starts. */
export interface CueMatch {
  index: number;
  text: string;
}

/** A character of a word as verbs are bounded: letters, digits, apostrophes, hyphens (`a-t-il`, never `-said`). */
const WORD_CHAR = /^[\p{L}\p{N}'’-]$/u;
/** How many code units the word character at `i` takes (0 when it is none): ASCII and masked text without a regular expression. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 39 ||
      code === 45
      ? 1
      : 0;
  if (code === 0xe000) return 0;
  const char = String.fromCodePoint(text.codePointAt(i) ?? code);
  return WORD_CHAR.test(char) ? char.length : 0;
}

/** 1 for an ASCII letter, digit, apostrophe or hyphen: the word characters read without a call. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_x, code) =>
  isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 39 || code === 45 ? 1 : 0
);

/** Where the word starting at `i` ends. */
function verbWordEnd(text: string, i: number): number {
  let end = i;
  for (let n = wordCharAt(text, end); n > 0; n = wordCharAt(text, end)) end += n;
  return end;
}

/**
 * Spaced scripts: a verb is a whole word (or words, `went on to say`), so the text is read word
 * by word and each looked up, instead of trying every verb at every character: one expression of
 * all the verbs cost a quarter of the extraction. Where phrases share a first word the longest
 * wins, as it did in the expression.
 */
function wordScanner(verbs: readonly string[]): (text: string) => CueMatch[] {
  const byFirst = new Map<string, string[][]>();
  for (const verb of [...verbs].sort((a, b) => b.length - a.length)) {
    const words = verb.toLowerCase().split(' ');
    byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words]);
  }
  const hashes = new Set([...byFirst.keys()].map((word) => asciiHash(word)));
  /** Where `words` after the first end, each after spaces only; -1 when they do not follow. */
  const follows = (text: string, from: number, words: readonly string[]): number => {
    let at = from;
    for (let k = 1; k < words.length; k++) {
      let start = at;
      while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
      const end = verbWordEnd(text, start);
      if (start === at || text.slice(start, end).toLowerCase() !== words[k]) return -1;
      at = end;
    }
    return at;
  };
  return (text) => {
    const found: CueMatch[] = [];
    let i = 0;
    while (i < text.length) {
      // One pass over a word: where it ends, and the hash of its letters while they are ASCII.
      const start = i;
      let hash: number | null = 0;
      while (i < text.length) {
        const code = text.charCodeAt(i);
        const n = code < 128 ? ASCII_WORD[code] : wordCharAt(text, i);
        if (n === 0) break;
        hash = hash === null || code >= 128 ? null : (Math.imul(hash, 31) + lower(code)) | 0;
        i += n;
      }
      if (i === start) {
        i++;
        continue;
      }
      // Most words are no verb: an ASCII word whose hash is no verb's makes no string.
      if (hash !== null && !hashes.has(hash)) continue;
      const phrases = byFirst.get(text.slice(start, i).toLowerCase());
      if (!phrases) continue;
      for (const words of phrases) {
        const end = follows(text, i, words);
        if (end < 0) continue;
        found.push({ index: start, text: text.slice(start, end) });
        i = end;
        break;
      }
    }
    return found;
  };
}

/** Unspaced scripts (Chinese): a verb may stand anywhere, longest first. */
function characterScanner(verbs: readonly string[]): (text: string) => CueMatch[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const source = [...verbs]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const expression = new RegExp(source, 'gu');
  return (text) =>
    [...text.matchAll(new RegExp(expression))].map((m) => ({ index: m.index ?? 0, text: m[0] }));
}

export interface Cues {
  /** Every reporting verb in a text, in order, none overlapping. */
  find: (text: string) => CueMatch[];
  /** Chinese: speakers read by characters, with the locale's pronouns. */
  unspaced: Readonly<Record<string, string>> | null;
  afterQuote: ReadonlySet<string>;
  participles: boolean;
}

const CUES = new WeakMap<QuoteVocabulary, Cues>();

/** The cues of a vocabulary, built once: every reporting verb, whole words only (except in Chinese). */
export function cuesOf(vocabulary: QuoteVocabulary): Cues {
  let cues = CUES.get(vocabulary);
  if (!cues) {
    const verbs = [...vocabulary.verbs, ...vocabulary.afterQuoteVerbs];
    cues = {
      find: vocabulary.unspaced ? characterScanner(verbs) : wordScanner(verbs),
      afterQuote: new Set(vocabulary.afterQuoteVerbs.map((v) => v.toLowerCase())),
      participles: vocabulary === vocabularyFor('en'),
      unspaced: vocabulary.unspaced ? vocabulary.pronouns : null,
    };
    CUES.set(vocabulary, cues);
  }
  return cues;
}
/** How far from a verb a speaker phrase may reach; keeps the work per verb constant. */
export const WINDOW = 200;
