import type { Core, Modules } from '@strapi/strapi';

import { ARTICLE, RELATED_NEWS } from '../content-types/uids';
import type { Day } from '../services/top-news-store';
import { afterCommit } from '../utils/after-commit';
import { getService } from '../utils/get-service';
import { isInternalWrite } from '../utils/internal-write';
import { resolveLocale } from '../utils/locale';

type Params = Record<string, any>;
interface DatedRow {
  editionDate: string | null;
  locale: string;
  list?: string;
  pinned?: boolean;
}

const ARTICLE_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'delete']);
const ENTRY_ACTIONS = new Set(['create', 'update', 'delete']);

/**
 * A test-only hook (tests/integration/multi-process/crash-before-top-news.test.ts): dies at the
 * one point where only the pending rows remember the days to regenerate.
 */
function crashHereInTests() {
  if (process.env.NEWSROOM_TEST_CRASH_BEFORE_TOP_NEWS === '1') process.kill(process.pid, 'SIGKILL');
}

/**
 * The days the document's published rows are on after the action, when its answer tells (saving a
 * read on every publish); null when only the database knows (a draft update).
 */
function publishedDaysOf(action: string, params: Params, result: unknown): DatedRow[] | null {
  if (action === 'delete' || action === 'unpublish') return [];
  const answered = result as
    ({ entries?: DatedRow[] } & Partial<DatedRow> & { publishedAt?: unknown }) | null;
  if (action === 'publish') return answered?.entries ?? [];
  const published = action === 'create' || params.status === 'published';
  return published && answered?.publishedAt ? [answered as DatedRow] : null;
}

const isPinnedTopNews = (row: DatedRow | null | undefined): row is DatedRow =>
  Boolean(row && row.list === 'top-news' && row.pinned);

function uniqueDays(rows: readonly DatedRow[]): Day[] {
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
 * Keeps every day's "Today's Top News" equal to the rule of docs/top-news.md: after an article is
 * created published, updated, published, unpublished or deleted, and after an editor's change to a
 * pinned entry, the days the change touched are regenerated — both days when an edited
 * firstPublishedAt moves a published article.
 *
 * Registered first, so its transaction is the write's outermost: the days to regenerate are
 * recorded in it (top-news-store's pending rows), and regeneration starts once it has committed,
 * in a transaction of its own whose first statement takes the day's lock. Every regeneration
 * therefore reads everything committed before it, and the last one to run leaves the exact list.
 * A process that dies between the commit and the regeneration leaves the pending rows, which the
 * next start works off (bootstrap).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const topNews = () => getService(strapi, 'top-news');

  /** The days an article's published rows are on: what the public box can show. */
  async function publishedDays(
    documentId: string | undefined,
    localeParam: unknown
  ): Promise<DatedRow[]> {
    if (!documentId) return [];
    const locale = localeParam === '*' ? undefined : await resolveLocale(strapi, localeParam);
    return strapi.db.query(ARTICLE).findMany({
      where: { documentId, publishedAt: { $notNull: true }, ...(locale && { locale }) },
      select: ['editionDate', 'locale'],
    }) as Promise<DatedRow[]>;
  }

  async function pinnedEntry(
    documentId: string | undefined,
    localeParam: unknown
  ): Promise<DatedRow[]> {
    if (!documentId) return [];
    const locale = await resolveLocale(strapi, localeParam);
    const entry = (await strapi.db
      .query(RELATED_NEWS)
      .findOne({ where: { documentId, locale } })) as DatedRow | null;
    return isPinnedTopNews(entry) ? [entry] : [];
  }

  /** A day to regenerate, and the pending row that records it. */
  type Scheduled = { day: Day; pendingId: number };

  /** Records the days in the write's transaction (top-news-store's pending rows). */
  async function schedule(days: Day[], scheduled: Scheduled[]) {
    if (days.length === 0) return;
    const ids = await getService(strapi, 'top-news-store').recordPending(days);
    days.forEach((day, index) => scheduled.push({ day, pendingId: ids[index] }));
  }

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const params = context.params as Params;
    const changesArticles =
      context.uid === ARTICLE &&
      ARTICLE_ACTIONS.has(context.action) &&
      !(context.action === 'create' && params.status !== 'published');
    const changesEntries = context.uid === RELATED_NEWS && ENTRY_ACTIONS.has(context.action);
    if (isInternalWrite() || !(changesArticles || changesEntries)) return next();

    const scheduled: Scheduled[] = [];
    let size: number | undefined;
    // One transaction with the write, so that the days it leaves to regenerate are recorded with it.
    const result = await strapi.db.transaction(async () => {
      const changed = await (changesArticles
        ? articleChange(context.action, params, next, scheduled)
        : entryChange(context.action, params, next, scheduled));
      // Read once per transaction: the write's other hooks have read it already.
      if (scheduled.length > 0) size = (await getService(strapi, 'settings').get()).topNews.size;
      return changed;
    });
    // After the commit: at once when this was the outermost transaction, else when the caller's commits.
    await afterCommit(strapi, async () => {
      if (scheduled.length === 0) return;
      crashHereInTests();
      for (const { day, pendingId } of scheduled)
        await topNews().regenerate(day, [pendingId], size);
    });
    return result as Awaited<ReturnType<typeof next>>;
  };

  async function articleChange(
    action: string,
    params: Params,
    next: () => Promise<unknown>,
    scheduled: Scheduled[]
  ) {
    const before = await publishedDays(params.documentId, params.locale);
    const result = await next();
    const after =
      publishedDaysOf(action, params, result) ??
      (await publishedDays(params.documentId, params.locale));
    await schedule(uniqueDays([...before, ...after]), scheduled);
    return result;
  }

  /** Related news. Editors set pins; `generated` is the plugin's to write (its own writes are internal). */
  async function entryChange(
    action: string,
    params: Params,
    next: () => Promise<unknown>,
    scheduled: Scheduled[]
  ) {
    if (action !== 'delete') params.data = { ...params.data, generated: false };
    const before = await pinnedEntry(params.documentId, params.locale);
    const result = await next();
    const after = action === 'delete' ? [] : [result as DatedRow].filter(isPinnedTopNews);
    await schedule(uniqueDays([...before, ...after]), scheduled);
    return result;
  }

  return middleware;
};
