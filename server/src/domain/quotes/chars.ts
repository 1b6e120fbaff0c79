/**
 * Tests on code units for the loops that read every character of a body (the tokenizer, the
 * verb scanner, the mark scanner), where a regular expression or a string per character cost
 * more than the rest of their work.
 */

/** `\s` of a regular expression (every one of its characters is a single code unit). */
export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A hash of `text[from, to)` in lower case when it is all ASCII (null otherwise): a word looked up without making a string. */
export function asciiHash(text: string, from = 0, to = text.length): number | null {
  let hash = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return null;
    hash = (Math.imul(hash, 31) + lower(code)) | 0;
  }
  return hash;
}

export const isAsciiLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** An ASCII capital's small letter; any other code as it is. */
export const lower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * `word.toLowerCase()`, without ICU for ASCII: every masked paragraph is a two-byte string (the
 * mask is not Latin-1), so are the words cut from it, and V8 lowers those five times slower.
 */
export function lowerCase(word: string): string {
  let capital = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90 && capital >= 0)) return word.toLowerCase();
    if (code >= 65 && code <= 90) capital = i;
  }
  if (capital < 0) return word;
  return `${word.slice(0, capital)}${String.fromCharCode(word.charCodeAt(capital) + 32)}${word.slice(capital + 1)}`;
}
