/**
 * The noun phrase that ends right before a verb: a pronoun, a name, a pair, a group and whom it
 * belongs to, or a description (`the joint statement`, `a spokeswoman for the ministry`).
 */
import { lowerCase } from '../chars';
import { namedEndingAt, namedSpeaker, runForward } from './named';
import {
  BOUNDARY,
  DETERMINERS,
  GROUPS,
  MAX_MODIFIERS,
  ORGANISATIONS,
  OWNER_LINKS,
  PRONOUNS,
  PROPER_POSSESSIVE,
  type Token,
  described,
  isGroupModifier,
  isName,
  isDepartment,
  isTitle,
  isWord,
  key,
  opensPhrase,
  pronoun,
  wordSet,
} from './words';
import type { Speaker } from './types';

export function phraseEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  const word = tokens[last].text;
  if (PRONOUNS.has(lowerCase(word))) return { speaker: pronoun(word), start: tokens[last].start };
  // `Hale's tweet`, `the mayor's remarks`: after a possessive the cue is a noun, not a verb.
  // `… against the state`, `a claim`: after a determiner the cue is a noun.
  if (
    !isWord(word) ||
    BOUNDARY.has(word) ||
    /['’]s$/u.test(word) ||
    DETERMINERS.has(lowerCase(word))
  )
    return null;
  const named = namedEndingAt(tokens, last);
  // `prosecutors in April charged`: one capitalised word after a preposition is a time or place.
  if (named && named.start === tokens[last].start && PREPOSITIONS.has(tokens[last - 1]?.text ?? ''))
    return null;
  if (named)
    return (
      groupOf(tokens, named, last) ?? memberOf(tokens, named) ?? pairBefore(tokens, named) ?? named
    );
  let article = -1;
  let reach = 8;
  for (let j = last - 1; j >= 0 && j >= last - reach; j--) {
    const w = tokens[j].text;
    const possessive = PROPER_POSSESSIVE.test(w);
    if (opensPhrase(w) || possessive) {
      // "Spain's industry minister", "the European Union's foreign policy chief": the owner's name opens the phrase.
      if (possessive) {
        while (j > 0 && isName(tokens[j - 1].text)) j--;
        if (j > 0 && lowerCase(tokens[j - 1].text) === 'the') j--;
      }
      article = j;
      // "scientists at the national volcano observatory", "lawyers for the family": the group opens the phrase.
      if (
        j > 1 &&
        OWNER_LINKS.has(tokens[j - 1].text) &&
        GROUPS.has(lowerCase(tokens[j - 2].text))
      ) {
        article = groupStart(tokens, j - 2);
        break;
      }
      // "a spokeswoman for the ministry", "a narrator in the ad": go on past "for the" to the phrase's own article.
      // `a source familiar with the matter`, `a person close to the campaign`: the same.
      if (
        j > 0 &&
        (LINKS.has(tokens[j - 1].text) ||
          (j > 1 && KNOWING_LINKS.has(`${tokens[j - 2].text} ${tokens[j - 1].text}`)))
      ) {
        j--;
        continue;
      }
      break;
    }
    // `the former first lady and U.S. senator`: two titles of one person, each with its words.
    if (
      w === 'and' &&
      j > 0 &&
      isTitle(word) &&
      (isTitle(tokens[j - 1].text) || isDepartment(tokens[j - 1].text))
    ) {
      reach = 14;
      continue;
    }
    if (!isWord(w) || BOUNDARY.has(w)) break;
  }
  // `Hale's mental state`, `her opening remarks`: a possessive phrase speaks only when it ends in
  // someone who can ("Spain's industry minister", "the party's spokesman"), not in a noun that
  // the cue describes.
  if (
    article >= 0 &&
    (PROPER_POSSESSIVE.test(tokens[article].text) ||
      POSSESSIVE_PRONOUNS.has(tokens[article].text)) &&
    !(isTitle(word) || GROUPS.has(key(word)) || ORGANISATIONS.has(key(word)))
  )
    return null;
  if (article >= 0) {
    return {
      speaker: described(tokens.slice(article, last + 1).map((x) => x.text)),
      start: tokens[article].start,
    };
  }
  if (!GROUPS.has(lowerCase(word))) return null;
  const first = groupStart(tokens, last);
  return {
    speaker: described(tokens.slice(first, last + 1).map((x) => x.text)),
    start: tokens[first].start,
  };
}

const POSSESSIVE_PRONOUNS = wordSet('his her its their');
const PREPOSITIONS = wordSet('in on since until during through across');

/** Two people speaking as one: "Marlow and Ines". No pronoun refers back to a pair. */
export const pairOf = (one: Speaker, other: Speaker): Speaker => ({
  name: `${one.name} and ${other.name}`,
  title: null,
  pronoun: false,
  person: false,
});

/** `Ana Ruiz and Tom Hale said`: two named people, joined by "and" alone (no comma, no third). */
function pairBefore(
  tokens: readonly Token[],
  named: { speaker: Speaker; start: number }
): { speaker: Speaker; start: number } | null {
  const i = tokens.findIndex((t) => t.start === named.start);
  if (!named.speaker.person || i < 2 || tokens[i - 1].text !== 'and') return null;
  const other = namedEndingAt(tokens, i - 2);
  if (!other?.speaker.person) return null;
  return { speaker: pairOf(other.speaker, named.speaker), start: other.start };
}

/** `reply Marlow and Ines.`: the same after the verb. */
export function pairAfter(
  tokens: readonly Token[],
  end: number,
  speaker: Speaker
): { speaker: Speaker; end: number } | null {
  if (tokens[end]?.text !== 'and' || tokens[end].trail) return null;
  const stop = runForward(tokens, end + 1);
  if (stop <= end + 1) return null;
  const other = namedSpeaker(
    tokens.slice(end + 1, stop).map((t) => t.text),
    false
  );
  return other?.person ? { speaker: pairOf(speaker, other), end: stop } : null;
}

/** Words that tie a description to what it belongs to: "a spokeswoman for …", "a narrator in …". */
const LINKS = wordSet('for of in at');
const KNOWING_LINKS = new Set(['familiar with', 'close to']);

/**
 * `Mr. Abebe of the Riverkeepers Trust said`: a person named before "of the …" is the speaker, and
 * what follows describes them.
 */
function memberOf(
  tokens: readonly Token[],
  named: { speaker: Speaker; start: number }
): { speaker: Speaker; start: number } | null {
  const i = tokens.findIndex((t) => t.start === named.start);
  if (i < 3 || tokens[i].text !== 'the' || tokens[i - 1].text !== 'of') return null;
  const person = namedEndingAt(tokens, i - 2);
  if (!person?.speaker.person) return null;
  const of = `of ${named.speaker.name}`;
  return {
    speaker: { ...person.speaker, title: [person.speaker.title, of].filter(Boolean).join(' ') },
    start: person.start,
  };
}

/** Where a group phrase ending in the group noun at `at` starts: "the senior officials", "Defence lawyers". */
export function groupStart(tokens: readonly Token[], at: number): number {
  let first = at;
  while (first > 0 && at - first < MAX_MODIFIERS && isGroupModifier(tokens[first - 1].text))
    first--;
  if (first > 0 && opensPhrase(tokens[first - 1].text)) first--;
  return first;
}

/** `analysts at Halvorsen Bank said`: the speakers are the analysts, not the bank. */
function groupOf(
  tokens: readonly Token[],
  named: { speaker: Speaker; start: number },
  last: number
): { speaker: Speaker; start: number } | null {
  const i = tokens.findIndex((t) => t.start === named.start);
  if (i < 2 || !OWNER_LINKS.has(tokens[i - 1].text) || !GROUPS.has(lowerCase(tokens[i - 2].text)))
    return null;
  const first = groupStart(tokens, i - 2);
  return {
    speaker: described(tokens.slice(first, last + 1).map((x) => x.text)),
    start: tokens[first].start,
  };
}

export const withoutArticle = (words: readonly string[]): string =>
  (DETERMINERS.has(lowerCase(words[0])) ? words.slice(1) : words).join(' ');
/** A description that can stand as a title: "the EU's foreign policy chief" → "EU's foreign policy chief". */
export const asTitle = (speaker: Speaker): string | null =>
  speaker.person || speaker.pronoun || !speaker.name.split(' ').some(isTitle)
    ? null
    : withoutArticle(speaker.name.split(' '));

/**
 * "X, the CEO of Y" → title "CEO of Y". Only a title word in it ("CEO", "spokesman") makes
 * X a person: "Gazprom, the Russian gas producer," is not one.
 */
export function withApposition(speaker: Speaker, words: readonly string[]): Speaker {
  if (speaker.title) return speaker;
  return {
    ...speaker,
    title: withoutArticle(words),
    person: speaker.person && words.some(isTitle),
  };
}
