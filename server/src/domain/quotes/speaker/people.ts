/** Who can speak, and the people named anywhere in a text (what "he" or "she" may refer to). */
import { namedSpeaker, runForward } from './named';
import { GROUPS, TITLES, type Token, isConnector, isRunWord, key, wordSet } from './words';
import { mayBeRunWord, tokenAt, wordEnd, wordStart } from './tokens';
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
    const stop = Math.max(runForward(run.tokens, 0), 1);
    const speaker = namedSpeaker(
      run.tokens.slice(0, stop).map((t) => t.text),
      false
    );
    if (speaker?.person) found.push({ speaker, start, end: run.tokens[stop - 1].end });
    start = wordStart(text, run.ends[stop - 1]);
  }
  return found;
}

/**
 * The tokens from a run word on, as far as runForward may read them: up to a word with
 * punctuation after it, or one that is surely neither a run word nor a connector. `ends`: where each
 * word ends in the text, its punctuation included.
 */
function runFrom(text: string, first: Token, end: number): { tokens: Token[]; ends: number[] } {
  const tokens = [first];
  const ends = [end];
  for (let at = wordStart(text, end); at < text.length && !tokens[tokens.length - 1].trail;) {
    const next = wordEnd(text, at);
    const token = tokenAt(text, at, next, true);
    tokens.push(token);
    ends.push(next);
    // More words than runForward reads do no harm; fewer would.
    if (!mayBeRunWord(text, at, next) && !isConnector(token.text)) break;
    at = wordStart(text, next);
  }
  return { tokens, ends };
}
