/** Who can speak, and the people named anywhere in a text (what "he" or "she" may refer to). */
import { namedSpeaker, runForward } from './named';
import { GROUPS, TITLES, isRunWord, key, tokenize, wordSet } from './words';
import type { Speaker, SpeakerMatch } from './types';

/** `the Florida senator`, `the retired neurosurgeon`? No: `the state party`, `his aides`: a description that ends in someone who can speak. */
export function canSpeak(speaker: Speaker): boolean {
  if (speaker.pronoun || speaker.person) return true;
  return speaksAs(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1));
}
const speaksAs = (word: string): boolean =>
  TITLES.has(key(word)) || GROUPS.has(key(word)) || SPEAKING_NOUNS.has(key(word));

/**
 * `the billionaire businessman began by …`: a description read from a sentence's start runs on
 * into the verb; it ends at its first word for someone who can speak (null when none).
 */
export function describedSubject(speaker: Speaker): Speaker | null {
  if (canSpeak(speaker)) return speaker;
  const words = speaker.name.split(' ');
  let head = words.findIndex((w, i) => i > 0 && speaksAs(w));
  while (head > 0 && head < words.length - 1 && speaksAs(words[head + 1])) head++;
  return head > 0 && head < words.length - 1
    ? { ...speaker, name: words.slice(0, head + 1).join(' ') }
    : null;
}
/** People who speak, though no title: a description ending in one reads as a speaker. */
const SPEAKING_NOUNS = wordSet(`senator businessman businesswoman billionaire republican democrat
  campaign frontrunner front-runner congressman congresswoman`);

/**
 * People named anywhere in a text whose quoted words are masked, in text order: every run of
 * capitalised words (with a title in front) that reads as a person. The caller decides which
 * count: a title with a full name introduces someone; a lone surname may refer back to them.
 */
export function peopleNamed(text: string): SpeakerMatch[] {
  const tokens = tokenize(text, true);
  const found: SpeakerMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!isRunWord(tokens[i].text)) {
      i++;
      continue;
    }
    const end = Math.max(runForward(tokens, i), i + 1);
    const speaker = namedSpeaker(
      tokens.slice(i, end).map((t) => t.text),
      false
    );
    if (speaker?.person) found.push({ speaker, start: tokens[i].start, end: tokens[end - 1].end });
    i = end;
  }
  return found;
}
