import type { Core } from '@strapi/strapi';

import { RELATED_NEWS } from '../content-types/uids';
import { calendarDate } from '../domain/time-zone';
import { planTopNewsWrites, rankTopNews, type WantedEntry } from '../domain/top-news';
import { documentsOf } from '../utils/documents';
import { getService } from '../utils/get-service';
import { asInternalWrite } from '../utils/internal-write';
import { resolveLocale } from '../utils/locale';
import { retryOnDeadlock } from '../utils/retry-on-deadlock';
import type { Day, ServedItem } from '../repositories/top-news-store';
import { topNewsStore } from '../repositories/top-news-store';

export interface TopNewsQuery {
  date?: string;
  locale?: string;
  limit?: number;
  /** A slug to leave out: the article page showing the box. */
  exclude?: string;
}

export interface ReadOptions {
  /** Items with their article's document id (the admin links each to its edit view). */
  withDocumentIds?: boolean;
  /**
   * Boxes read earlier by the same reader (one GraphQL operation), by day: a list of articles asking
   * each its day's box reads each day once, not once per article.
   */
  boxes?: Map<string, Promise<ServedItem[]>>;
}

/**
 * "Today's Top News" (docs/top-news.md): regeneration after every change that can alter a day's list, and
 * the read a frontend makes. The ranking runs once, at write time; a read only reads.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => topNewsStore(strapi);
  const entries = () => documentsOf(strapi, RELATED_NEWS);

  /**
   * Rewrites the day's generated entries in place (pins untouched) to equal the rule, with the
   * fewest writes (domain/top-news's planTopNewsWrites): an entry whose article stays in the list
   * only has its title or position column updated, and one the list no longer needs is re-pointed
   * at a newcomer (top-news-store); new and surplus entries go through the document service. Idempotent: a regeneration with nothing to change writes nothing.
   */
  async function regenerateOnce(
    day: Day,
    pendingIds: readonly number[],
    knownSize?: number
  ): Promise<void> {
    await strapi.db.transaction(async () => {
      await store().lockDay(day);
      const topNews = {
        size: knownSize ?? (await getService(strapi, 'settings').get()).topNews.size,
      };
      const { pinned, generated } = await store().entries(day);
      // Pins of articles keep those articles out of the generated part: read as many more.
      const reach = topNews.size + pinned.filter((pin) => pin.articleDocumentId !== null).length;
      const ranked = rankTopNews({
        pinned,
        candidates: await store().candidates(day, reach),
        size: topNews.size,
      });
      const wanted = ranked.flatMap((item, index) =>
        item.kind === 'generated'
          ? [
              {
                articleDocumentId: item.article.documentId,
                title: item.article.headline,
                position: index + 1,
              },
            ]
          : []
      );
      const writes = planTopNewsWrites(generated, wanted);

      await store().retitle(day, writes.retitle);
      for (const { documentId, entry } of writes.repoint)
        await store().repoint(day, documentId, entry);
      await asInternalWrite(async () => {
        const data = (entry: WantedEntry) => ({
          title: entry.title,
          article: entry.articleDocumentId,
          list: 'top-news',
          editionDate: day.editionDate,
          position: entry.position,
          pinned: false,
          generated: true,
        });
        for (const entry of writes.create)
          await entries().create({ data: data(entry), locale: day.locale });
        for (const documentId of writes.remove)
          await entries().delete({ documentId, locale: day.locale });
      });
      await store().clearPending(pendingIds);
    });
  }

  return {
    /**
     * `pendingIds`: the pending rows (top-news-store) this regeneration serves, deleted with it.
     * `size`: `topNews.size` as the write just read it, saving the regeneration a read.
     */
    regenerate: (day: Day, pendingIds: readonly number[] = [], size?: number) =>
      retryOnDeadlock(() => regenerateOnce(day, pendingIds, size)),

    /** Works off the days left pending by a process that stopped before regenerating them. */
    async regeneratePending(): Promise<void> {
      for (const { day, ids } of await store().pendingDays()) {
        await retryOnDeadlock(() => regenerateOnce(day, ids)).catch((error) =>
          strapi.log.error(
            `[newsroom] top news of ${day.editionDate} (${day.locale}) not regenerated: ${error}`
          )
        );
      }
    },

    /**
     * `{ date, locale, items }` as served (docs/api.md); today in the edition time zone by default. The admin
     * asks `withDocumentIds` to link each item to its article's edit view.
     */
    async read(query: TopNewsQuery, { withDocumentIds = false, boxes }: ReadOptions = {}) {
      const { topNews, editionTimeZone } = await getService(strapi, 'settings').get();
      const day = {
        editionDate: query.date ?? calendarDate(new Date(), editionTimeZone),
        locale: await resolveLocale(strapi, query.locale),
      };
      const limit = Math.min(query.limit ?? topNews.size, topNews.size);
      // One more than asked, in case the excluded article is among them.
      const reach = limit + (query.exclude || boxes ? 1 : 0);
      const load = () => store().served(day, reach);
      const key = `${day.locale} ${day.editionDate} ${reach}`;
      if (boxes && !boxes.has(key)) boxes.set(key, load());
      const served = await (boxes ? boxes.get(key)! : load());
      const items = served
        .filter((item) => !query.exclude || item.slug !== query.exclude)
        .slice(0, limit)
        .map((item, index) => ({
          position: index + 1,
          title: item.title,
          url: item.url,
          slug: item.slug,
          pinned: item.pinned,
          ...(withDocumentIds && { articleDocumentId: item.articleDocumentId }),
        }));
      return { date: day.editionDate, locale: day.locale, items };
    },
  };
};

/** A day's list as `read` serves it: the admin's widget and side panel read it. */
export type TopNewsList = Awaited<
  ReturnType<ReturnType<typeof import('./top-news').default>['read']>
>;
