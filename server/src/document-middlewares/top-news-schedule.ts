import type { Core } from '@strapi/strapi';

import { topNewsStore, type Day } from '../repositories/top-news-store';
import { getService } from '../utils/get-service';

/** A row that puts a document on a day's box: an article's published row, or a pinned entry. */
export interface DatedRow {
  editionDate: string | null;
  locale: string;
}

export function uniqueDays(rows: readonly DatedRow[]): Day[] {
  const days = new Map<string, Day>();
  for (const row of rows) {
    if (row.editionDate)
      days.set(`${row.editionDate}|${row.locale}`, {
        editionDate: row.editionDate,
        locale: row.locale,
      });
  }
  return [...days.values()];
}

/**
 * A test-only hook (tests/integration/multi-process/crash-before-top-news.test.ts): dies at the
 * one point where only the pending rows remember the days to regenerate.
 */
function crashHereInTests() {
  if (process.env.NEWSROOM_TEST_CRASH_BEFORE_TOP_NEWS === '1') process.kill(process.pid, 'SIGKILL');
}

/**
 * How a write keeps "Today's Top News" equal to its rule (docs/top-news.md): the days it touched
 * are recorded in the write's transaction (top-news-store's pending rows), and the answer is the
 * regeneration to run once that transaction has committed — in a transaction of its own whose
 * first statement takes the day's lock. Every regeneration therefore reads everything committed
 * before it, and the last one to run leaves the exact list. A process that dies between the commit
 * and the regeneration leaves the pending rows, which the next start works off (bootstrap).
 */
export async function scheduleRegeneration(
  strapi: Core.Strapi,
  days: readonly Day[],
  size: number
): Promise<(() => Promise<void>) | null> {
  if (days.length === 0) return null;
  const pendingIds = await topNewsStore(strapi).recordPending(days);
  return async () => {
    crashHereInTests();
    for (const [index, day] of days.entries())
      await getService(strapi, 'top-news').regenerate(day, [pendingIds[index]], size);
  };
}
