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
    let code = text.charCodeAt(i);
    if (code >= 128) return null;
    if (code >= 65 && code <= 90) code += 32;
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash;
}

export const isAsciiLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
