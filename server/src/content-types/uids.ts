/** The plugin's content types, by the uid Strapi registers them under: spelled here only. */
export const ARTICLE = 'plugin::newsroom.article';
export const QUOTE = 'plugin::newsroom.quote';
export const RELATED_NEWS = 'plugin::newsroom.related-news';
export const CORRECTION = 'plugin::newsroom.correction';

export const NEWSROOM_TYPES = [ARTICLE, QUOTE, RELATED_NEWS, CORRECTION] as const;

/**
 * Types without drafts whose entries belong to an article, and the relation to it: a published read
 * lists them only when that article is published (docs/security.md).
 */
export const OWNED_BY_ARTICLE: Readonly<Record<string, string>> = {
  [QUOTE]: 'article',
  [CORRECTION]: 'article',
};
