import fs from 'node:fs';
import path from 'node:path';

import { paragraphsToBlocks } from '../server/src/domain/paragraphs';
import { parseStory } from '../server/src/domain/story';

export const ARTICLE = 'plugin::newsroom.article';
export const BASELINE_ARTICLE = 'api::baseline-article.baseline-article';

/** The Libya story the plugin was built on, as the plugin's own parser reads it. */
const LIBYA = (() => {
  const parsed = parseStory(
    fs.readFileSync(path.join(__dirname, '..', 'tests', 'fixtures', 'stories', 'libya-truce.txt'))
  );
  if (!parsed.ok) throw new Error(`libya-truce.txt: ${parsed.error.message}`);
  return parsed.story;
})();

/** Prose of a real length, with the direct and partial quotations the quote extractor finds (three). */
export const STORY_PARAGRAPHS: readonly string[] = LIBYA.paragraphs.slice(0, 7);
export const DECK = LIBYA.deck ?? '';
export const TOP_NEWS: readonly string[] = LIBYA.topNews;

export const STORY_META = {
  city: 'Istanbul',
  country: 'Turkey',
  agency: 'China Daily',
  byline: 'Agencies',
  section: 'World',
  tags: ['Libya', 'Turkey', 'Russia'],
};

/** An article's fields as an editor or a client sends them: the same for the plugin and the baseline. */
export function articleFields(headline: string, paragraphs: readonly string[] = STORY_PARAGRAPHS) {
  return {
    headline,
    deck: DECK,
    body: paragraphsToBlocks(paragraphs),
    byline: STORY_META.byline,
    agency: STORY_META.agency,
    datelineCity: STORY_META.city,
    datelineCountry: STORY_META.country,
    section: STORY_META.section,
    tags: STORY_META.tags,
  };
}
