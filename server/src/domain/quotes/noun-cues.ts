/**
 * `Politifact checked Donald Trump's claim that there have been "thousands of shootings"`: a
 * fragment in a clause after a possessive and a noun of saying is the possessor's words. Only
 * the nearest such noun before the fragment in its sentence, with no other quotation between.
 */
import { MASK, type QuoteSpan } from './marks';
import { sentenceBefore } from './sentences';
import type { Attribution } from './types';

const NOUNS =
  'claim|claims|assertion|statement|remark|remarks|comment|comments|insistence|promise|pledge|vow|warning|accusation|suggestion|argument|contention|emphasis|charge|boast|prediction|description';
/** Name's or his/her, up to two adjectives (`repeated`, `earlier`), the noun, and "that". */
const POSSESSED = new RegExp(
  `(?:^|[\\s(])((?:\\p{Lu}[\\p{L}.'’-]*\\s){0,3}\\p{Lu}[\\p{L}'’-]*?['’]s?|[Hh]is|[Hh]er)\\s+(?:\\p{Ll}+\\s+){0,2}(${NOUNS})\\s+that\\s[^\\uE000]*$`,
  'u'
);

export function possessorOfFragment(
  span: QuoteSpan,
  masked: readonly string[]
): Attribution | null {
  const { from, lead } = sentenceBefore(span, masked);
  if (lead.includes(MASK)) return null;
  const m = POSSESSED.exec(lead);
  if (!m) return null;
  const owner = m[1];
  const pronoun = /^(?:his|her)$/iu.test(owner);
  const name = pronoun
    ? owner.toLowerCase() === 'his'
      ? 'he'
      : 'she'
    : owner.replace(/['’]s?$/u, '');
  const start = from + m.index + m[0].indexOf(owner);
  const verbStart = from + m.index + m[0].indexOf(m[2], m[0].indexOf(owner) + owner.length);
  return {
    start,
    verbStart,
    end: verbStart + m[2].length,
    cue: m[2],
    speaker: { name, title: null, pronoun, person: !pronoun },
    afterQuoteOnly: false,
    fromSubject: true,
  };
}
