/**
 * RSS 2.0 dates are RFC 822 (with four-digit years, as RFC 1123): `Wed, 08 Jan 2020 00:00:00 GMT`,
 * which is what `toUTCString` writes. Sitemaps and Atom take W3C/RFC 3339 date-times.
 */
export const rfc822 = (date: Date): string => date.toUTCString();

export const w3cDateTime = (date: Date): string => date.toISOString();

/** HTTP dates have whole seconds: a Last-Modified compared with If-Modified-Since must too. */
export const toWholeSecond = (date: Date): Date =>
  new Date(Math.floor(date.getTime() / 1000) * 1000);
