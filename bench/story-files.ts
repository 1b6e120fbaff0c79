import { formatStory } from '../server/src/domain/story';
import { DECK, STORY_META, STORY_PARAGRAPHS, TOP_NEWS } from './story-fields';

const DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_DAY = Date.UTC(2019, 1, 1, 6, 0);

/**
 * Story files in the §8 format (written by the plugin's own `formatStory`): front matter with the
 * dateline and a date spread over a month, headline, deck, the Libya paragraphs and the top-news
 * pins. Story `n` has a headline of its own, so each file is a new article.
 */
export function storyFiles(first: number, count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const text = formatStory({
      headline: `Russia and Turkey urge a truce in Libya, report ${n}`,
      deck: DECK,
      paragraphs: [...STORY_PARAGRAPHS],
      topNews: [...TOP_NEWS],
      meta: { ...STORY_META, date: new Date(FIRST_DAY + (n % DAYS) * DAY_MS + n * 1000) },
    });
    return Buffer.from(text, 'utf8');
  });
}
