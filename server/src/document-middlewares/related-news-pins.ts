import type { Core, Modules } from '@strapi/strapi';

import { RELATED_NEWS } from '../content-types/uids';
import { afterCommit } from '../utils/after-commit';
import { getService } from '../utils/get-service';
import { isInternalWrite } from '../utils/internal-write';
import { resolveLocale } from '../utils/locale';
import { scheduleRegeneration, uniqueDays, type DatedRow } from './top-news-schedule';

interface Entry extends DatedRow {
  list?: string;
  pinned?: boolean;
}

const ENTRY_ACTIONS = new Set(['create', 'update', 'delete']);

const isPinnedTopNews = (row: Entry | null | undefined): row is Entry =>
  Boolean(row && row.list === 'top-news' && row.pinned);

/**
 * Related-news entries (docs/top-news.md). Editors set pins; `generated` is the plugin's to write
 * (its own writes are internal and pass untouched). A change to a pinned entry regenerates the
 * days it was and is pinned on, once the write has committed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function pinnedEntry(params: { documentId?: string; locale?: unknown }): Promise<Entry[]> {
    if (!params.documentId) return [];
    const locale = await resolveLocale(strapi, params.locale);
    const entry = (await strapi.db
      .query(RELATED_NEWS)
      .findOne({ where: { documentId: params.documentId, locale } })) as Entry | null;
    return isPinnedTopNews(entry) ? [entry] : [];
  }

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const { action } = context;
    if (context.uid !== RELATED_NEWS || !ENTRY_ACTIONS.has(action) || isInternalWrite())
      return next();
    const params = context.params as { documentId?: string; locale?: unknown; data?: object };
    if (action !== 'delete') params.data = { ...params.data, generated: false };

    let regenerate: (() => Promise<void>) | null = null;
    const result = await strapi.db.transaction(async () => {
      const before = await pinnedEntry(params);
      const written = await next();
      // A related-news create or update answers the entry (Strapi types the answer of every action).
      const entry = written as unknown as Entry | null;
      const after = action === 'delete' ? [] : [entry].filter(isPinnedTopNews);
      const days = uniqueDays([...before, ...after]);
      if (days.length === 0) return written;
      const { size } = (await getService(strapi, 'settings').get()).topNews;
      regenerate = await scheduleRegeneration(strapi, days, size);
      return written;
    });
    if (regenerate) await afterCommit(strapi, regenerate);
    return result as Awaited<ReturnType<typeof next>>;
  };
  return middleware;
};
