import type { Core, Modules } from '@strapi/strapi';

import type { Day } from '../services/top-news-store';
import { getService } from '../utils/get-service';
import { isInternalWrite } from '../utils/internal-write';
import { resolveLocale } from '../utils/locale';
import { ARTICLE } from './article-slugs';

type Params = Record<string, any>;
type Next = () => Promise<any>;
interface DatedRow {
  editionDate: string | null;
  locale: string;
  publishedAt: string | null;
  list?: string;
  pinned?: boolean;
}

const RELATED_NEWS = 'plugin::newsroom.related-news';

const daysOf = (rows: readonly (DatedRow | null | undefined)[]): Day[] =>
  rows.flatMap((row) => (row?.editionDate ? [{ editionDate: row.editionDate, locale: row.locale }] : []));

const isPinnedTopNews = (row: DatedRow | null | undefined) => Boolean(row && row.list === 'top-news' && row.pinned);

/**
 * Keeps every day's "Today's Top News" equal to the rule of §4.5 (spec): after an article is
 * published, unpublished, deleted or updated, and after an editor's change to a pinned entry, the
 * affected days are regenerated — both days when an edited firstPublishedAt moves the article.
 * The days are locked before the write itself (see top-news-store for why), and the regeneration
 * runs in the write's transaction, so the list and the change commit together or not at all.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const topNews = () => getService(strapi, 'top-news');

  async function around(days: Day[], next: Next) {
    if (days.length === 0) return next();
    await topNews().lockDays(days);
    const result = await next();
    for (const day of days) await topNews().regenerate(day);
    return result;
  }

  async function articleRows(params: Params): Promise<DatedRow[]> {
    const locale = params.locale === '*' ? undefined : await resolveLocale(strapi, params.locale);
    return strapi.db.query(ARTICLE).findMany({
      where: { documentId: params.documentId, ...(locale && { locale }) },
      select: ['editionDate', 'locale', 'publishedAt'],
    }) as Promise<DatedRow[]>;
  }

  const published = (rows: DatedRow[]) => rows.filter((row) => row.publishedAt !== null);

  const article: Record<string, (params: Params, next: Next) => Promise<unknown>> = {
    async create(params, next) {
      if (params.status !== 'published') return next();
      const locale = await resolveLocale(strapi, params.locale);
      return around(daysOf([{ editionDate: params.data?.editionDate ?? null, locale, publishedAt: null }]), next);
    },
    // The drafts carry the (new) edition date by now: the dating hook runs first.
    publish: async (params, next) => around(daysOf(await articleRows(params)), next),
    unpublish: async (params, next) => around(daysOf(published(await articleRows(params))), next),
    delete: async (params, next) => around(daysOf(published(await articleRows(params))), next),
    async update(params, next) {
      const rows = await articleRows(params);
      const publishing = params.status === 'published' ? [{ editionDate: params.data?.editionDate ?? null, locale: rows[0]?.locale ?? '', publishedAt: null }] : [];
      return around(daysOf([...published(rows), ...publishing]), next);
    },
  };

  /** Editors' writes to related news; the plugin's own (generated entries) are internal writes. */
  async function relatedNews(action: string, params: Params, next: Next) {
    if (action === 'create' || action === 'update') params.data = { ...params.data, generated: false };
    if (action === 'create') {
      const created = await next();
      if (isPinnedTopNews(created)) await around(daysOf([created]), async () => created);
      return created;
    }
    if (action !== 'update' && action !== 'delete') return next();
    const locale = await resolveLocale(strapi, params.locale);
    const before = (await strapi.db.query(RELATED_NEWS).findOne({ where: { documentId: params.documentId, locale } })) as DatedRow | null;
    const result = await next();
    const after = action === 'update' ? (result as DatedRow | null) : null;
    const days = daysOf([isPinnedTopNews(before) ? before : null, isPinnedTopNews(after) ? after : null]);
    if (days.length) await around(days, async () => result);
    return result;
  }

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (isInternalWrite()) return next();
    const params = context.params as Params;
    if (context.uid === ARTICLE && article[context.action]) {
      return (await strapi.db.transaction(() => article[context.action](params, next))) as Awaited<ReturnType<typeof next>>;
    }
    if (context.uid === RELATED_NEWS) {
      return (await strapi.db.transaction(() => relatedNews(context.action, params, next))) as Awaited<ReturnType<typeof next>>;
    }
    return next();
  };
  return middleware;
};
