/**
 * An article's free-text fields as the outputs that describe it (JSON-LD, ninjs) read them: blank
 * values are absent, not empty, and tags are the strings the editor typed.
 */

/** The trimmed text, or undefined for null, empty or white space. */
export const presentText = (value: string | null | undefined): string | undefined =>
  value && value.trim() ? value.trim() : undefined;

/** The tags that are non-blank strings (the field is JSON an editor may fill with anything). */
export const textTags = (tags: unknown): string[] =>
  Array.isArray(tags)
    ? tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
    : [];
