/**
 * XML 1.0 admits only `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`: a
 * control character or a lone surrogate (a half emoji cut by a careless import) anywhere in a feed
 * makes the whole document unreadable to every parser. With the `u` flag, a surrogate pair is one
 * code point and stays; a lone half is its own code point, outside the set, and goes.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafeText(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/** Trimmed, XML-safe text, or null when nothing is left. */
export function feedText(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = xmlSafeText(value).trim();
  return text === '' ? null : text;
}
