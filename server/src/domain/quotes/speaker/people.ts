/** Who can speak, and the people named anywhere in a text (what "he" or "she" may refer to). */
import { namedSpeaker } from './named';
import {
  GROUPS,
  ORGANISATIONS,
  TITLES,
  type Token,
  isConnector,
  isRunWord,
  key,
  wordSet,
} from './words';
import { mayBeRunWord, tokenAt, wordEnd, wordStart } from './tokens';
import type { Speaker, SpeakerMatch } from './types';

/** `the Florida senator`, `the retired neurosurgeon`? No: `the state party`, `his aides`: a description that ends in someone who can speak. */
export function canSpeak(speaker: Speaker): boolean {
  if (speaker.pronoun || speaker.person) return true;
  return speaksAs(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1));
}
/**
 * Whether a description read before a verb may be its source: `a controversial comment`, `his
 * flurry of late-night tweets`: a phrase ending in an adjective is the cue's own noun phrase
 * (the cue is a noun there), not a speaker. People, pronouns and proper names always may.
 */
export function mayBeASource(speaker: Speaker): boolean {
  if (canSpeak(speaker) || isBody(speaker)) return true;
  return !ADJECTIVE.test(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1));
}
/** `the joint statement`, `the ministry`, `the Times`: a body or document that issues words. */
export const isBody = (speaker: Speaker): boolean =>
  ORGANISATIONS.has(key(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1)));
/** Lower-case words that read as adjectives: `controversial`, `late-night`, `public`, `the following`. */
const ADJECTIVE = /^\p{Ll}[\p{L}]*(?:al|ous|ive|ic|ful|less|ing|-night|-term|-time|-year-old)$/u;
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
 * Every word of a body is read here, so a word that surely opens no run makes no token.
 */
export function peopleNamed(text: string): SpeakerMatch[] {
  const found: SpeakerMatch[] = [];
  for (let start = wordStart(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    const first = mayBeRunWord(text, start, end) ? tokenAt(text, start, end, true) : null;
    if (!first || !isRunWord(first.text)) {
      start = wordStart(text, end);
      continue;
    }
    const run = runFrom(text, first, end);
    const speaker = namedSpeaker(run.words, false);
    if (speaker?.person) found.push({ speaker, start, end: run.end });
    start = wordStart(text, run.next);
  }
  return found;
}

/**
 * The run of names from a run word on, as runForward reads it, word by word as they are read:
 * run words, and connectors followed by one (`Minister of Foreign Affairs`), up to a word with
 * punctuation after it. `end`: where its last word ends, `next`: where reading goes on.
 */
function runFrom(
  text: string,
  first: Token,
  firstEnd: number
): { words: string[]; end: number; next: number } {
  const words = [first.text];
  let end = first.end;
  let next = firstEnd;
  const pending: string[] = [];
  let last = first;
  for (let at = wordStart(text, firstEnd); at < text.length && !last.trail;) {
    const after = wordEnd(text, at);
    last = tokenAt(text, at, after, true);
    if (mayBeRunWord(text, at, after) && isRunWord(last.text)) {
      words.push(...pending, last.text);
      pending.length = 0;
      end = last.end;
      next = after;
    } else if (isConnector(last.text) && !last.trail) pending.push(last.text);
    else break;
    at = wordStart(text, after);
  }
  return { words, end, next };
}
