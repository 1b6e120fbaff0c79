/** The reporting verbs of a vocabulary as one regular expression, built once. */
import { vocabularyFor, type QuoteVocabulary } from '../quote-vocabulary';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const longestFirst = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((verb) => escape(verb).replace(/ /gu, '\\s+'))
    .join('|');
/**
 * Every verb, longest first, grouped by its first letter (`s(?:aid|ays|…)|w(?:arned|…)`): the
 * engine tries one group at a position instead of every verb, with the same matches.
 */
function alternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const first = word[0].toLowerCase();
    byFirst.set(first, [...(byFirst.get(first) ?? []), word.slice(1)]);
  }
  return [...byFirst]
    .map(([first, rests]) => `${escape(first)}(?:${longestFirst(rests)})`)
    .join('|');
}

export interface Cues {
  verbs: RegExp;
  /** Chinese: speakers read by characters, with the locale's pronouns. */
  unspaced: Readonly<Record<string, string>> | null;
  afterQuote: ReadonlySet<string>;
  participles: boolean;
}

const CUES = new WeakMap<QuoteVocabulary, Cues>();

/** One regular expression per vocabulary, built once: every reporting verb, whole words only (except in Chinese). */
export function cuesOf(vocabulary: QuoteVocabulary): Cues {
  let cues = CUES.get(vocabulary);
  if (!cues) {
    const words = alternation([...vocabulary.verbs, ...vocabulary.afterQuoteVerbs]);
    const source = vocabulary.unspaced
      ? `(?:${words})`
      : `(?<![\\p{L}\\p{N}'’-])(?:${words})(?![\\p{L}\\p{N}'’-])`;
    cues = {
      verbs: new RegExp(source, 'giu'),
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
