/** Runs of capitalised words read as a name, with the title in front split off. */
import { lowerCase } from '../chars';
import {
  ABBREVIATED_TITLES,
  ACRONYM,
  DETERMINERS,
  MAX_MODIFIERS,
  type Token,
  isAdjectival,
  isCapitalisedGroup,
  isConnector,
  isDepartment,
  isHonorific,
  isListedFirstName,
  isModifier,
  isNameAt,
  isOrganisation,
  isRunWord,
  isTitle,
  isWord,
  key,
} from './words';
import type { Speaker } from './types';

/**
 * A run of capitalised words, maybe with a title in front: the title is everything up to
 * the last title word that still leaves a name after it ("UN Secretary-General | Antonio
 * Guterres"). A run that ends in a title word is a description, not a name.
 */
export function namedSpeaker(words: readonly string[], determiner: boolean): Speaker | null {
  if (words.length === 0 || !isNameAt(words, words.length - 1)) return null;
  // `11% of Democratic claims`: an adjective alone names no one (in `Democratic Party` it may open a name).
  if (words.length === 1 && ADJECTIVES_ALONE.has(words[0])) return null;
  let t = -1;
  for (let k = 0; k < words.length - 1; k++) if (isTitle(words[k]) && !isNameAt(words, k)) t = k;
  if (t >= 0 && (words[t + 1] === 'of' || words[t + 1] === 'for')) {
    let k = t + 2;
    while (k < words.length - 1 && isDepartment(words[k])) k++;
    // "spokesman for Northvale Foods": a title for an organisation, with no name of a person after it.
    if (k === t + 2 && words.length - (t + 3) < 2) return null;
    t = k === t + 2 ? t + 2 : k - 1;
  }
  let name = words.slice(t + 1);
  // `Sen. Bernie Sanders of Vermont`: after a person's name, "of" says where from.
  const of = name.indexOf('of');
  if (of > 1 && name.slice(0, of - 1).some(isListedFirstName)) name = name.slice(0, of);
  let title: string | null = words.slice(0, t + 1).join(' ') || null;
  const honorific = t === 0 && isHonorific(words[0]) ? words[0] : undefined;
  if (honorific) title = null;
  // The last word of the name is the run's last word, whichever way the name is cut.
  const organisation = isOrganisation(words[words.length - 1]);
  // "Justice Department" is an organisation, not Justice + a name.
  if (name.length === 0 || !isNameAt(words, t + 1) || organisation) {
    name = [...words];
    title = null;
  }
  const acronym = name.length === 1 && ACRONYM.test(name[0]);
  const text = name.join(' ');
  const speaker: Speaker = {
    name: determiner && !title ? `the ${text}` : text,
    title,
    pronoun: false,
    person: title !== null || (!determiner && !organisation && !acronym && !isAdjectival(name[0])),
  };
  // Set, not spread: a spread of a conditional object costs more than the rest of this function.
  if (honorific && name.length < words.length) speaker.honorific = honorific;
  return speaker;
}

const ADJECTIVES_ALONE = new Set(['Democratic', 'Presidential', 'Congressional', 'Federal']);

/** `… World War II. Trump said`: a word closing a sentence ends a name run (initials and `Sen.` do not). */
const endsSentence = (word: string): boolean =>
  /[.!?]$/u.test(word) && !/^(?:\p{L}\.)+$/u.test(word) && !ABBREVIATED_TITLES.has(key(word));

export function runBack(tokens: readonly Token[], last: number): number {
  let first = last + 1;
  // `the Chicago Police Department`: an organisation's name may hold a group's word.
  const organisation = isOrganisation(tokens[last].text);
  for (let i = last; i >= 0; i--) {
    const word = tokens[i].text;
    if (i < last && endsSentence(word)) break;
    if (
      isRunWord(word) ||
      (first === i + 1 && (organisation || i < last) && isCapitalisedGroup(word))
    )
      first = i;
    // A connector counts only once a run word joins it on the left ("Ursula von der Leyen").
    else if (!(isConnector(word) && first <= last)) break;
  }
  return first;
}

export function runForward(tokens: readonly Token[], from: number): number {
  let end = from;
  for (let i = from; i < tokens.length; i++) {
    const { text, trail } = tokens[i];
    // `Cleveland Police Chief Calvin Williams`: a group's word inside a run, a run word after it.
    if (
      isRunWord(text) ||
      (end === i && !trail && isCapitalisedGroup(text) && isRunWord(tokens[i + 1]?.text ?? ''))
    )
      end = i + 1;
    else if (!(isConnector(text) && end > from && !trail)) break;
    if (trail) break;
  }
  return end;
}

export function namedEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  let first = runBack(tokens, last);
  if (first > last) return null;
  let determiner = first > 0 && lowerCase(tokens[first - 1].text) === 'the';
  let speaker = namedSpeaker(
    tokens.slice(first, last + 1).map((x) => x.text),
    determiner
  );
  if (!speaker) return null;
  // "mission manager Tobias Reinholt", "fisherman Ari Jonsson": lower-case words before a
  // lower-case title, or before a full name with none, describe the person.
  // `former Sen. Ada Moss`, `retired Army Lt. Gen. Omar Reyes`: before any title.
  const titled = speaker.title !== null;
  const untitled = speaker.title === null && speaker.person && speaker.name.includes(' ');
  if (titled || untitled) {
    let k = first;
    while (k > 0 && first - k < MAX_MODIFIERS && isModifier(tokens[k - 1].text)) k--;
    // Without a title word, only from the clause's edge: `"…," fisherman Ari Jonsson said`.
    if (
      untitled &&
      k > 0 &&
      isWord(tokens[k - 1].text) &&
      !DETERMINERS.has(lowerCase(tokens[k - 1].text))
    )
      k = first;
    if (k < first) {
      const modifiers = tokens
        .slice(k, first)
        .map((x) => x.text)
        .join(' ');
      speaker = {
        ...speaker,
        title: speaker.title === null ? modifiers : `${modifiers} ${speaker.title}`,
      };
      first = k;
      determiner = first > 0 && lowerCase(tokens[first - 1].text) === 'the';
    }
  }
  return { speaker, start: tokens[determiner ? first - 1 : first].start };
}
