/**
 * schema.org `NewsArticle` markup for an article page (docs/api.md), pure: what search engines read.
 * Absent fields are left out rather than sent empty.
 */
import { presentText as text, textTags } from './article-fields';
import { articleUrl, DEFAULT_ARTICLE_PATH } from './article-url';

/** A correction note as the article's JSON-LD reads it (docs/corrections.md). */
export interface JsonLdNote {
  text: string;
  at: string | null;
}

export interface JsonLdArticle {
  headline: string;
  deck?: string | null;
  dateline?: string | null;
  firstPublishedAt?: string | null;
  lastSignificantUpdateAt?: string | null;
  corrections?: readonly JsonLdNote[] | null;
  datelineCity?: string | null;
  datelineCountry?: string | null;
  byline?: string | null;
  agency?: string | null;
  section?: string | null;
  tags?: unknown;
  slug: string;
  locale?: string | null;
  editionDate?: string | null;
}

export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  alternativeHeadline?: string;
  dateline?: string;
  datePublished?: string;
  dateModified?: string;
  locationCreated?: {
    '@type': 'Place';
    name: string;
    address?: { '@type': 'PostalAddress'; addressLocality: string; addressCountry?: string };
  };
  author?: { '@type': 'Person'; name: string }[];
  publisher?: { '@type': 'Organization'; name: string };
  articleSection?: string;
  keywords?: string[];
  correction?: { '@type': 'CorrectionComment'; text: string; datePublished?: string }[];
  url: string;
}

/**
 * The markup of `article`, whose URL is `siteUrl` with the `articlePath` template (docs/feeds.md#article-urls),
 * as the feeds give it; a relative URL when no site URL is configured.
 */
export function newsArticleJsonLd(
  article: JsonLdArticle,
  siteUrl: string,
  articlePath = DEFAULT_ARTICLE_PATH
): NewsArticleJsonLd {
  const city = text(article.datelineCity);
  const country = text(article.datelineCountry);
  const byline = text(article.byline);
  const agency = text(article.agency);
  const modified = article.lastSignificantUpdateAt ?? article.firstPublishedAt;
  const notes = article.corrections ?? [];
  const keywords = textTags(article.tags);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(text(article.deck) && { alternativeHeadline: text(article.deck) }),
    ...(text(article.dateline) && { dateline: text(article.dateline) }),
    ...(article.firstPublishedAt && { datePublished: article.firstPublishedAt }),
    // Not updatedAt: a typo fix is not a change Google should report (docs/corrections.md).
    ...(modified && { dateModified: modified }),
    ...(city && {
      locationCreated: {
        '@type': 'Place',
        name: country ? `${city}, ${country}` : city,
        address: {
          '@type': 'PostalAddress',
          addressLocality: city,
          ...(country && { addressCountry: country }),
        },
      },
    }),
    // A byline may name several people: "Ren Qi in Beijing and Mo Jingxi".
    ...(byline && {
      author: byline
        .split(/\s*(?:,|\band\b)\s*/)
        .filter(Boolean)
        .map((name) => ({ '@type': 'Person' as const, name })),
    }),
    ...(agency && { publisher: { '@type': 'Organization', name: agency } }),
    ...(text(article.section) && { articleSection: text(article.section) }),
    ...(keywords.length > 0 && { keywords }),
    ...(notes.length > 0 && {
      correction: notes.map((note) => ({
        '@type': 'CorrectionComment' as const,
        text: note.text,
        ...(note.at && { datePublished: note.at }),
      })),
    }),
    url: articleUrl(siteUrl, articlePath, {
      slug: article.slug,
      locale: article.locale ?? null,
      editionDate: article.editionDate ?? null,
      section: article.section ?? null,
    }),
  };
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON that a frontend may paste into `<script type="application/ld+json">` as it is: `<`, `>`
 * and `&` (which could close the script or open a comment) and U+2028/U+2029 (line ends to older
 * JavaScript) are written as `\uXXXX` escapes, which every JSON reader reads back as the same text.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    SCRIPT_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}
