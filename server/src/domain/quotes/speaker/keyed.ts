/**
 * Is a word's key (lower case, a final period dropped: `Sen.` → sen) in a set of words? Asked of
 * nearly every word of a body, many times over; an ASCII word is compared letter by letter with
 * the keys that share its hash, so no lower-case string is made for it.
 */
import { asciiHash, lower } from '../chars';

/** Where a word's key ends: before a final period. */
const keyEnd = (word: string): number => (word.endsWith('.') ? word.length - 1 : word.length);

/** `key` equals `word[0, end)` in lower case (key is lower-case ASCII). */
function sameKey(key: string, word: string, end: number): boolean {
  if (key.length !== end) return false;
  for (let i = 0; i < end; i++) if (lower(word.charCodeAt(i)) !== key.charCodeAt(i)) return false;
  return true;
}

/**
 * A test of membership by key. `keyOf` is the slow way (any script), used for a word that is
 * not all ASCII; the set's keys are assumed to be in lower case already.
 */
export function keyedSet(
  keys: Iterable<string>,
  keyOf: (word: string) => string
): (word: string) => boolean {
  const all = new Set(keys);
  const byHash = new Map<number, string[]>();
  for (const key of all) {
    const hash = asciiHash(key);
    if (hash !== null) byHash.set(hash, [...(byHash.get(hash) ?? []), key]);
  }
  return (word) => {
    const end = keyEnd(word);
    const hash = asciiHash(word, 0, end);
    if (hash === null) return all.has(keyOf(word));
    const candidates = byHash.get(hash);
    return candidates !== undefined && candidates.some((key) => sameKey(key, word, end));
  };
}
