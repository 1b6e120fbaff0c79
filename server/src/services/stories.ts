import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ARTICLE, RELATED_NEWS } from '../content-types/uids';
import { ninjsToStory } from '../domain/ninjs/import';
import { paragraphsToBlocks } from '../domain/paragraphs';
import { parseStory, type ParsedStory } from '../domain/story';
import { calendarDate } from '../domain/time-zone';
import { documentsOf } from '../utils/documents';
import { getService } from '../utils/get-service';
import { asInternalWrite } from '../utils/internal-write';
import { metadataOf } from '../repositories/metadata';
import { ensureOwnIndex } from '../repositories/own-index';
import { resolveLocale } from '../utils/locale';
import { jsonPath } from '../validation/json-path';
import { ninjsSchema } from '../validation/ninjs';
import { parseBody } from '../validation/parse-body';
import { retryOnDeadlock } from '../utils/retry-on-deadlock';
import type { Day } from '../repositories/top-news-store';
import { topNewsStore } from '../repositories/top-news-store';

export interface ImportOptions {
  publish?: boolean;
  locale?: string;
  /** Write nothing: answer what would be stored. */
  dryRun?: boolean;
  /** Leave the database alone when an article with this headline already exists (the demo's re-runs). */
  skipExisting?: boolean;
}

/** The edition day the story's pins go on, and the moment it was taken from. */
interface ImportDay extends Day {
  stamp: Date;
}

/** Thrown inside the transaction to roll a dry run back, carrying what it would have stored. */
class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

/** The article fields a parsed story gives; slug, dateline, edition date and quotes are the hooks'. */
function articleData(story: ParsedStory, firstPublishedAt: Date | undefined) {
  const { meta } = story;
  return {
    headline: story.headline,
    deck: meta.deck ?? story.deck,
    body: story.blocks ?? paragraphsToBlocks(story.paragraphs),
    byline: meta.byline,
    agency: meta.agency,
    section: meta.section,
    tags: meta.tags,
    datelineCity: meta.city,
    datelineCountry: meta.country,
    datelineTimeZone: meta.timeZone,
    firstPublishedAt: firstPublishedAt?.toISOString(),
    topNewsPriority: meta.priority,
  };
}

/** What an import reads: a story file's text or bytes, or a ninjs document (checked here, as the CLI sends it unchecked). */
export type StoryInput = string | Uint8Array | { ninjs: unknown };

/** The story an import input holds, or a 400 naming the line (text) or the JSON path (ninjs) at fault. */
function readStory(input: StoryInput): ParsedStory {
  if (typeof input === 'object' && 'ninjs' in input) {
    const mapped = ninjsToStory(parseBody(ninjsSchema, input.ninjs, ['ninjs']));
    if (mapped.ok) return mapped.story;
    const path = ['ninjs', ...mapped.error.path];
    const message = `${jsonPath(path)}: ${mapped.error.message}`;
    throw new errors.ValidationError(message, {
      errors: [{ path: path.map(String), message, name: 'ValidationError' }],
    });
  }
  const parsed = parseStory(input);
  if (parsed.ok) return parsed.story;
  const { line, message } = parsed.error;
  throw new errors.ValidationError(`Line ${line}: ${message}`, {
    line,
    errors: [{ path: ['text'], message, name: 'ValidationError' }],
  });
}

/**
 * Story import (docs/import.md): plain text in; the article (through the document service, so the slug,
 * dateline and quote hooks apply as on any write), and the story's top-news items as pinned entries
 * of its edition day, in order — all in one transaction: a failure writes nothing. The day's list
 * is regenerated once, after the commit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The day's pins, in the story's order; an item the day already has pinned is not pinned twice. */
  async function pinTopNews(items: readonly string[], editionDate: string, locale: string) {
    const pins = [];
    for (const [index, title] of items.entries()) {
      const existing = await documentsOf(strapi, RELATED_NEWS).findFirst({
        filters: { title, list: 'top-news', editionDate, pinned: true },
        locale,
        populate: ['article'],
      });
      if (existing) {
        pins.push(existing);
        continue;
      }
      const linked = await documentsOf(strapi, ARTICLE).findFirst({
        filters: { headline: title },
        locale,
        fields: ['documentId'],
      });
      const data = {
        title,
        list: 'top-news',
        editionDate,
        position: index + 1,
        pinned: true,
        ...(linked && { article: linked.documentId }),
      };
      pins.push(
        await documentsOf(strapi, RELATED_NEWS).create({ data, locale, populate: ['article'] })
      );
    }
    return pins;
  }

  async function importParsed(
    story: ParsedStory,
    { editionDate, locale, stamp }: ImportDay,
    options: ImportOptions
  ) {
    const documents = documentsOf(strapi, ARTICLE);
    // An undated story published gets the stamp the publish hook would give, fixed here so that the
    // pins' day is the article's edition day.
    const firstPublishedAt = story.meta.date ?? (options.publish ? stamp : undefined);
    const draft = await documents.create({
      data: articleData(story, firstPublishedAt),
      locale,
    });
    const article = options.publish
      ? (await documents.publish({ documentId: draft.documentId, locale })).entries[0]
      : draft;
    const topNews = await pinTopNews(story.topNews, editionDate, locale);
    // From the article's side, which the link table's index answers (see quotes.removeGenerated).
    const { quotes } = (await documents.findOne({
      documentId: article.documentId,
      locale,
      status: options.publish ? 'published' : 'draft',
      fields: ['id'],
      populate: { quotes: { sort: ['paragraph:asc', 'id:asc'] } },
    })) as unknown as { quotes: unknown[] };
    return { article, quotes, topNews };
  }

  return {
    /**
     * Pins find their article by headline, and an import looks for its own: without an index each
     * lookup read every article (6 ms at 18,000 rows on SQLite, npm run bench, importRate). The
     * headline is TEXT (up to 300 characters), which MySQL indexes by a prefix only.
     */
    async ensureHeadlineIndex() {
      const { tableName } = metadataOf(strapi, ARTICLE);
      await ensureOwnIndex(strapi, tableName, 'newsroom_articles_headline_idx', [
        { name: 'headline', prefixLength: 191 },
        { name: 'locale' },
      ]);
    },

    /** A text story (docs/import.md) or an IPTC ninjs document (docs/ninjs.md): one pipeline for both. */
    async importStory(input: StoryInput, options: ImportOptions = {}) {
      const story = readStory(input);
      const locale = await resolveLocale(strapi, options.locale ?? story.meta.locale);
      if (!(await strapi.plugin('i18n').service('locales').findByCode(locale))) {
        const message = `There is no locale "${locale}": add it under Settings → Internationalization first`;
        throw new errors.ValidationError(message, {
          errors: [{ path: ['locale'], message, name: 'ValidationError' }],
        });
      }

      if (options.skipExisting) {
        const existing = await documentsOf(strapi, ARTICLE).findFirst({
          filters: { headline: story.headline },
          locale,
        });
        if (existing) return { skipped: true as const, article: existing, quotes: [], topNews: [] };
      }

      const stamp = story.meta.date ?? new Date();
      const { editionTimeZone } = await getService(strapi, 'settings').get();
      const day: ImportDay = { editionDate: calendarDate(stamp, editionTimeZone), locale, stamp };

      // Internal for the top-news hooks: the day is regenerated once below, after the commit.
      const run = () =>
        strapi.db.transaction(async () => {
          // Two imports pinning the same items on one day (two processes) would both find them
          // missing and pin them twice. The day's lock, taken as the first statement, makes the second
          // wait for the first's commit, and lets it see those pins: on MariaDB a transaction's reads
          // see the snapshot of its first read, which this puts after the wait.
          if (story.topNews.length > 0) await topNewsStore(strapi).lockDay(day);
          const result = await importParsed(story, day, options);
          if (options.dryRun) throw new DryRunRollback(result);
          // Recorded with the import, so that a process dying before the regeneration leaves it to the next start.
          const pendingIds = await topNewsStore(strapi).recordPending([day]);
          return { ...result, pendingIds };
        });
      type Imported = Awaited<ReturnType<typeof importParsed>>;
      try {
        // The import is one transaction: a deadlock (same-headline imports on MariaDB) runs it again.
        const { pendingIds, ...stored } = (await retryOnDeadlock(() =>
          asInternalWrite(run)
        )) as Imported & { pendingIds: number[] };
        await getService(strapi, 'top-news').regenerate(
          { editionDate: day.editionDate, locale },
          pendingIds
        );
        return { skipped: false as const, ...stored };
      } catch (error) {
        if (!(error instanceof DryRunRollback)) throw error;
        return { skipped: false as const, ...(error.result as Imported) };
      }
    },
  };
};
