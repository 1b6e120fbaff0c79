/**
 * Speakers in scripts written without spaces (Chinese): `外交部发言人华春莹表示：「…」`. The
 * speaker is the run of characters between the last punctuation and the verb, kept whole
 * (title and name are not split); 他/她 are pronouns, resolved like "he"/"she".
 */
import type { SpeakerMatch } from './speaker';

const PUNCTUATION = /[，。！？；：、,.!?;:\s」』”"\uE000]/u;
const LONGEST = 16;

export function speakerBeforeUnspaced(
  text: string,
  pronouns: Readonly<Record<string, string>>
): SpeakerMatch | null {
  let start = text.length;
  while (start > 0 && text.length - start < LONGEST && !PUNCTUATION.test(text[start - 1])) start--;
  if (start > 0 && !PUNCTUATION.test(text[start - 1])) return null;
  const name = text.slice(start);
  if (name.length < 1) return null;
  const pronoun = pronouns[name] !== undefined;
  if (!pronoun && name.length < 2) return null;
  return { speaker: { name, title: null, pronoun, person: !pronoun }, start, end: text.length };
}
