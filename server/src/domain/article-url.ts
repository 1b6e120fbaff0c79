/**
 * An article's public URL from the site's `siteUrl` and its `articlePath` template
 * (docs/feeds.md#article-urls): `/{slug}`, `/{locale}/{editionDate}/{slug}`, `/news/{section}/{slug}`.
 */
/** The site's article URLs when the app configures none: `siteUrl/slug`. */
export const DEFAULT_ARTICLE_PATH = '/{slug}';

export const ARTICLE_PATH_TOKENS = ['slug', 'locale', 'editionDate', 'section'] as const;
export type ArticlePathToken = (typeof ARTICLE_PATH_TOKENS)[number];

export type ArticlePathFields = Record<ArticlePathToken, string | null>;

const TOKEN = /\{([^{}]*)\}/g;

/** Why `template` is not a usable article path, or null: the config check reports it under `articlePath`. */
export function checkArticlePath(template: string): string | null {
  if (!template.startsWith('/')) return 'must start with "/"';
  if (/[\s"'<>\\`]/.test(template)) return 'must not contain spaces, quotes, "<", ">" or "\\"';
  for (const [, name] of template.matchAll(TOKEN)) {
    if (!(ARTICLE_PATH_TOKENS as readonly string[]).includes(name))
      return `unknown token {${name}}; the tokens are ${ARTICLE_PATH_TOKENS.map((token) => `{${token}}`).join(', ')}`;
  }
  if (!template.includes('{slug}'))
    return 'must contain {slug}, or every article would share one URL';
  if (/[{}]/.test(template.replace(TOKEN, ''))) return 'has an unmatched "{" or "}"';
  return null;
}

/**
 * Each token's value is one path segment, percent-encoded: a section "Asia & Pacific" cannot add a
 * segment or a query. A missing value (no section) leaves the segment empty, collapsed with its
 * neighbour's slash so that no URL holds `//`.
 */
export function articleUrl(
  siteUrl: string,
  articlePath: string,
  fields: ArticlePathFields
): string {
  const path = articlePath
    .replace(TOKEN, (_match, name: ArticlePathToken) => encodeURIComponent(fields[name] ?? ''))
    .replace(/\/{2,}/g, '/');
  return `${siteUrl.replace(/\/+$/, '')}${path}`;
}
