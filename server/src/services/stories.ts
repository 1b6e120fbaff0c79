import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { paragraphsToBlocks } from '../domain/paragraphs';
import { parseStory, type ParsedStory } from '../domain/story';

const ARTICLE = 'plugin::newsroom.article';

export interface ImportOptions {
  publish?: boolean;
  locale?: string;
  /** Leave the database alone when an article with this headline already exists (the demo's re-runs). */
  skipExisting?: boolean;
}

/** The article fields a parsed story gives; everything else is the hooks' to generate. */
function articleData(story: ParsedStory) {
  const { meta } = story;
  return {
    headline: story.headline,
    deck: story.deck,
    body: paragraphsToBlocks(story.paragraphs),
    byline: meta.byline,
    agency: meta.agency,
    section: meta.section,
    tags: meta.tags,
    datelineCity: meta.city,
    datelineCountry: meta.country,
    datelineTimeZone: meta.timeZone,
    firstPublishedAt: meta.date?.toISOString(),
    topNewsPriority: meta.priority,
  };
}

/** Story import (spec §8): plain text in, an article out, in one transaction. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importStory(text: string | Uint8Array, options: ImportOptions = {}) {
    const parsed = parseStory(text);
    if (!parsed.ok) {
      throw new errors.ValidationError(`Line ${parsed.error.line}: ${parsed.error.message}`, { line: parsed.error.line });
    }
    const story = parsed.story;
    const locale = options.locale ?? story.meta.locale;
    const documents = strapi.documents(ARTICLE);

    return strapi.db.transaction(async () => {
      if (options.skipExisting) {
        const existing = await documents.findFirst({ filters: { headline: story.headline }, locale });
        if (existing) return { skipped: true as const, article: existing };
      }
      const draft = await documents.create({ data: articleData(story), locale });
      if (!options.publish) return { skipped: false as const, article: draft };
      const published = await documents.publish({ documentId: draft.documentId, locale });
      return { skipped: false as const, article: published.entries[0] };
    });
  },
});
