/** The speaker phrase after a reporting verb (`"…," said X`) or after "according to". */
import { lowerCase } from '../chars';
import { namedSpeaker, runForward } from './named';
import { asTitle, pairAfter, withApposition } from './phrase';
import {
  BOUNDARY,
  CLAUSE_WORDS,
  DETERMINERS,
  GROUPS,
  MAX_MODIFIERS,
  OWNER_LINKS,
  POSSESSIVE,
  PRONOUNS,
  type Token,
  described,
  isModifier,
  isTitle,
  isWord,
  opensPhrase,
  pronoun,
} from './words';
import { tokenize } from './tokens';
import type { Speaker, SpeakerMatch } from './types';

/** The speaker phrase that starts where `text` starts (after "said" in `"…," said X`, or after "according to"). */
export function speakerAfter(text: string): SpeakerMatch | null {
  const tokens = tokenize(text, true);
  const first = tokens[0];
  if (!first) return null;
  let end: number;
  let speaker: Speaker | null;
  // `He echoed the promise, saying …`: a sentence's subject is read from its capitalised first word.
  if (PRONOUNS.has(lowerCase(first.text))) {
    end = 1;
    speaker = pronoun(first.text);
  } else if (opensPhrase(first.text) && !first.trail) {
    end = 1;
    while (
      end < tokens.length &&
      end < 8 &&
      isWord(tokens[end].text) &&
      !BOUNDARY.has(tokens[end].text)
    ) {
      if (tokens[end++].trail) break;
    }
    // "one of them": a phrase does not end on "of".
    while (end > 1 && OWNER_LINKS.has(tokens[end - 1].text)) end--;
    const words = tokens.slice(0, end).map((t) => t.text);
    speaker = end === 1 ? null : (namedSpeaker(words.slice(1), true) ?? described(words));
    // `said another New Hampshire Republican`: the phrase keeps its own word, not "the".
    const opening = lowerCase(first.text);
    if (speaker && !speaker.title && opening !== 'the' && speaker.name.startsWith('the '))
      speaker = { ...speaker, name: `${opening} ${speaker.name.slice(4)}` };
  } else {
    // `said team captain Lukas Brandt`, `said fisherman Ari Jonsson`: lower-case words before a
    // lower-case title, or before a full name with none, describe the person.
    const m = modifiersFrom(tokens, 0);
    end = runForward(tokens, m);
    speaker = nameIn(tokens, m, end);
    // `said Monmouth University political scientist Patrick Murray`: an organisation before a
    // title and a name is where the person works.
    if (speaker && m === 0 && !speaker.person && !speaker.title && !tokens[end - 1].trail) {
      const worker = titledAfter(tokens, end);
      if (worker) {
        speaker = {
          ...worker.speaker,
          title: `${speaker.name} ${worker.speaker.title}`,
        };
        end = worker.end;
      }
    }
    if (m > 0) {
      const modifiers = tokens
        .slice(0, m)
        .map((t) => t.text)
        .join(' ');
      const named: Speaker | null = speaker;
      if (named?.title) speaker = { ...named, title: `${modifiers} ${named.title}` };
      else if (named && named.title === null && named.person && named.name.includes(' '))
        speaker = { ...named, title: modifiers };
      else speaker = null;
    }
    if (!speaker && GROUPS.has(lowerCase(first.text))) {
      end = 1;
      // `according to analysts at Halvorsen Bank`
      if (
        !first.trail &&
        tokens.length > 2 &&
        OWNER_LINKS.has(tokens[1].text) &&
        !tokens[1].trail
      ) {
        const from = lowerCase(tokens[2].text) === 'the' && !tokens[2].trail ? 3 : 2;
        const owner = runForward(tokens, from);
        if (owner > from) end = owner;
      }
      speaker = described(tokens.slice(0, end).map((t) => t.text));
    }
  }
  if (!speaker) return null;
  const pair = speaker.person && !tokens[end - 1].trail ? pairAfter(tokens, end, speaker) : null;
  if (pair) return { speaker: pair.speaker, start: first.start, end: tokens[pair.end - 1].end };
  const next = tokens[end];
  const afterComma = tokens[end - 1].trail === ',' && next !== undefined;
  // `said the EU's foreign policy chief, Josep Borrell.` — the description is the name's title.
  const title = afterComma ? asTitle(speaker) : null;
  const stop = title ? runForward(tokens, end) : end;
  const named = nameIn(tokens, end, stop);
  if (title && named?.person && !named.title)
    return { speaker: { ...named, title }, start: first.start, end: tokens[stop - 1].end };
  // `said X, the CEO of Y.` — an apposition right after a name is its title; `said X, who …` is not.
  if (
    afterComma &&
    speaker.person &&
    !speaker.title &&
    (DETERMINERS.has(lowerCase(next.text)) || POSSESSIVE.test(next.text) || isTitle(next.text))
  ) {
    let last = end;
    while (
      last < tokens.length - 1 &&
      last - end < 15 &&
      isWord(tokens[last].text) &&
      !tokens[last].trail
    )
      last++;
    const words = tokens.slice(end, last + 1).map((t) => t.text);
    if (words.every((w) => isWord(w) && !CLAUSE_WORDS.has(w))) {
      return { speaker: withApposition(speaker, words), start: first.start, end: tokens[last].end };
    }
  }
  return { speaker, start: first.start, end: tokens[end - 1].end };
}

/** The name the run of words `[from, end)` reads as, if any. */
const nameIn = (tokens: readonly Token[], from: number, end: number): Speaker | null =>
  end > from
    ? namedSpeaker(
        tokens.slice(from, end).map((t) => t.text),
        false
      )
    : null;

/** How many modifiers (`team`, `political`) stand from `from` on, a word after them left for a name. */
function modifiersFrom(tokens: readonly Token[], from: number): number {
  let k = from;
  while (
    k - from < MAX_MODIFIERS &&
    k < tokens.length - 1 &&
    isModifier(tokens[k].text) &&
    !tokens[k].trail
  )
    k++;
  return k;
}

/** `political scientist Patrick Murray` from `from`: a person with a title, modifiers in it. */
function titledAfter(
  tokens: readonly Token[],
  from: number
): { speaker: Speaker; end: number } | null {
  const k = modifiersFrom(tokens, from);
  const end = runForward(tokens, k);
  const person = nameIn(tokens, k, end);
  if (!person?.title) return null;
  const modifiers = tokens.slice(from, k).map((t) => t.text);
  return { speaker: { ...person, title: [...modifiers, person.title].join(' ') }, end };
}
