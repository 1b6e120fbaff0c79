/**
 * An article as an IPTC ninjs 3.1 document (docs/ninjs.md), pure: the sibling of json-ld.ts for
 * news agencies and partners. Absent fields are left out rather than sent empty.
 */
import { presentText as text, textTags } from '../article-fields';
import { articleUrl, DEFAULT_ARTICLE_PATH } from '../article-url';
import type { JsonLdArticle } from '../json-ld';
import type { BlocksBody } from '../paragraphs';
import { blocksToHtml } from './blocks-to-html';

export const NINJS_VERSION = '3.1';
export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

export interface NinjsArticle extends JsonLdArticle {
  documentId: string;
  body?: BlocksBody | null;
  /**
   * The published version's last write: `version` and `versionCreated`. Not
   * `lastSignificantUpdateAt` (docs/corrections.md): a partner that ingests ninjs must take every
   * new version, typo fixes included, where a crawler need only hear of corrections.
   */
  updatedAt?: string | null;
}

interface Text {
  role?: string;
  contentType?: string;
  value: string;
}

export interface NinjsDocument {
  uri: string;
  standard: { name: 'ninjs'; version: string; schema: string };
  type: 'text';
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  pubStatus: 'usable';
  language?: string;
  headlines: Text[];
  descriptions?: Text[];
  bodies?: Text[];
  by?: string;
  located?: string;
  places?: { name: string; rel: string }[];
  subjects?: { name: string }[];
  genres?: { name: string }[];
  slugline?: string;
}

/** Descriptions role of the deck; import reads it first (docs/ninjs.md). */
export const DECK_ROLE = 'deck';
/** Places rel of the dateline's place. */
export const LOCATED_REL = 'located';

/**
 * The ninjs `uri`: the article's public URL when the site has one, else a URN that names the same
 * localized document for as long as it exists (a relative URL is not a URI the schema accepts).
 */
export function ninjsUri(article: NinjsArticle, siteUrl: string, articlePath: string): string {
  if (!siteUrl) return `urn:newsroom:${article.documentId}:${article.locale ?? ''}`;
  return articleUrl(siteUrl, articlePath, {
    slug: article.slug,
    locale: article.locale ?? null,
    editionDate: article.editionDate ?? null,
    section: article.section ?? null,
  });
}

/**
 * `version` is the published version's modification time in milliseconds: Strapi keeps no version
 * counter, and a republished article gets a new, larger one. `versionCreated` is that time too.
 */
export function articleNinjs(
  article: NinjsArticle,
  siteUrl: string,
  articlePath = DEFAULT_ARTICLE_PATH
): NinjsDocument {
  const deck = text(article.deck);
  const byline = text(article.byline);
  const city = text(article.datelineCity);
  const country = text(article.datelineCountry);
  const section = text(article.section);
  const body = blocksToHtml(article.body);
  const tags = textTags(article.tags);
  const updatedAt = article.updatedAt ? new Date(article.updatedAt) : null;
  return {
    uri: ninjsUri(article, siteUrl, articlePath),
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_SCHEMA },
    type: 'text',
    ...(updatedAt && { version: String(updatedAt.getTime()) }),
    ...(article.firstPublishedAt && { firstCreated: isoDate(article.firstPublishedAt) }),
    ...(updatedAt && { versionCreated: updatedAt.toISOString() }),
    pubStatus: 'usable',
    ...(article.locale && { language: article.locale }),
    headlines: [{ role: 'main', value: article.headline }],
    ...(deck && { descriptions: [{ role: DECK_ROLE, value: deck }] }),
    ...(body && { bodies: [{ role: 'main', contentType: 'text/html', value: body }] }),
    ...(byline && { by: byline }),
    ...(city && { located: city }),
    ...(city && {
      places: [{ name: country ? `${city}, ${country}` : city, rel: LOCATED_REL }],
    }),
    ...(tags.length > 0 && { subjects: tags.map((name) => ({ name })) }),
    ...(section && { genres: [{ name: section }] }),
    slugline: article.slug,
  };
}

/** The database gives a Date or an ISO string depending on the driver; ninjs wants RFC 3339. */
function isoDate(value: string | Date): string {
  return new Date(value).toISOString();
}
