import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { ARTICLE, RELATED_NEWS } from '../content-types/uids';
import type { PinnedEntry, StoredGeneratedEntry, TopNewsCandidate } from '../domain/top-news';
import { metadataOf } from './metadata';
import { ensureOwnTable } from './own-table';

const DAY_LOCKS_TABLE = 'newsroom_top_news_days';
/**
 * Days a committed write left to regenerate: a row per write and day, written in the write's own
 * transaction, deleted by the regeneration that follows its commit, in that regeneration's
 * transaction. A process that dies between the two leaves the row, and the next start works it off.
 */
const PENDING_TABLE = 'newsroom_top_news_pending';

export interface Day {
  editionDate: string;
  locale: string;
}

export interface ServedItem {
  title: string;
  url: string | null;
  slug: string | null;
  pinned: boolean;
  /** The linked article's documentId (null for an outside link): the admin links to its edit view. */
  articleDocumentId: string | null;
}

/**
 * A datetime column as plain knex reads it: a Date from PostgreSQL and MariaDB, but from SQLite the
 * epoch milliseconds Strapi stored (as a string, that would not parse, and every article of a day
 * would tie on firstPublishedAt).
 */
function storedInstant(value: unknown): Date | string {
  if (value instanceof Date) return value;
  return typeof value === 'number' ? new Date(value) : String(value);
}

const equalOrBothNull = (row: Knex.QueryBuilder, column: string, value: unknown) =>
  value === null || value === undefined
    ? row.whereNull(column)
    : row.where(column, value as Knex.Value);

/**
 * The SQL side of top news: the per-day lock, the reads a regeneration needs, and the one-query read
 * a frontend makes. Plain knex on Strapi's tables, inside the caller's transaction.
 *
 * Why a lock row per (edition date, locale), taken by an upsert as the first statement of the
 * regeneration's own transaction: it is the same on SQLite, PostgreSQL and MariaDB (advisory locks
 * are not: MariaDB's GET_LOCK outlives the transaction), it serialises exactly the regenerations of
 * one day, and the commit releases it. The upsert takes the row's exclusive lock at once (an
 * INSERT IGNORE followed by SELECT … FOR UPDATE deadlocks on MariaDB when three writers meet). Being
 * first matters on MariaDB, whose plain reads see the snapshot of the transaction's first read:
 * taken after the lock, that snapshot holds every regeneration and publish committed before.
 */
/** An article row as the ranking reads it (snake_case columns, as stored). */
interface CandidateRow {
  document_id: string;
  headline: string | null;
  slug: string | null;
  top_news_priority: number | string | null;
  first_published_at: string | number | Date | null;
  exclude_from_top_news: boolean | number | null;
}

/** A stored top-news entry with the document id of the article it links to. */
interface EntryRow {
  id: number;
  document_id: string;
  title: string;
  position: number;
  pinned: boolean | number | null;
  generated: boolean | number | null;
  article_document_id: string | null;
}

/** An item of the served box, as its one query answers it. */
interface ServedRow {
  title: string;
  url: string | null;
  slug: string | null;
  pinned: boolean | number | null;
  article_document_id: string | null;
}

export function topNewsStore(strapi: Core.Strapi) {
  const table = (uid: string) => metadataOf(strapi, uid).tableName;
  const articleLink = () => {
    const joinTable = metadataOf(strapi, RELATED_NEWS).attributes.article.joinTable!;
    return {
      name: joinTable.name,
      entry: joinTable.joinColumn.name,
      article: joinTable.inverseJoinColumn.name,
    };
  };
  const inTransaction = async <T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    (await strapi.db.transaction(({ trx }) => work(trx as Knex.Transaction))) as T;

  return {
    async ensureTables() {
      await ensureOwnTable(strapi, DAY_LOCKS_TABLE, (lock) => {
        lock.string('edition_date', 10).notNullable();
        lock.string('locale', 32).notNullable();
        lock.primary(['edition_date', 'locale']);
      });
      await ensureOwnTable(strapi, PENDING_TABLE, (pending) => {
        pending.increments('id');
        pending.string('edition_date', 10).notNullable();
        pending.string('locale', 32).notNullable();
      });
    },

    /** Records, in the current transaction, that these days are to be regenerated: the rows' ids. */
    async recordPending(days: readonly Day[]): Promise<number[]> {
      return inTransaction(async (trx) => {
        const ids: number[] = [];
        for (const { editionDate, locale } of days) {
          const query = trx(PENDING_TABLE).insert({ edition_date: editionDate, locale });
          const [inserted] = strapi.db.dialect.useReturning()
            ? await query.returning('id')
            : await query;
          ids.push(Number(typeof inserted === 'object' ? inserted.id : inserted));
        }
        return ids;
      });
    },

    /** Every day left to regenerate, with the ids of the rows that asked for it. */
    async pendingDays(): Promise<{ day: Day; ids: number[] }[]> {
      const rows: { id: number; edition_date: string; locale: string }[] = await strapi.db
        .connection(PENDING_TABLE)
        .select('id', 'edition_date', 'locale');
      const days = new Map<string, { day: Day; ids: number[] }>();
      for (const row of rows) {
        const key = `${row.edition_date}|${row.locale}`;
        if (!days.has(key))
          days.set(key, { day: { editionDate: row.edition_date, locale: row.locale }, ids: [] });
        days.get(key)!.ids.push(Number(row.id));
      }
      return [...days.values()];
    },

    /** Deletes, in the current transaction, the rows a regeneration has served. */
    async clearPending(ids: readonly number[]): Promise<void> {
      if (ids.length > 0)
        await inTransaction((trx) =>
          trx(PENDING_TABLE)
            .whereIn('id', [...ids])
            .delete()
        );
    },

    /** Holds the day until the current transaction ends. */
    async lockDay({ editionDate, locale }: Day): Promise<void> {
      await inTransaction((trx) =>
        trx(DAY_LOCKS_TABLE)
          .insert({ edition_date: editionDate, locale })
          .onConflict(['edition_date', 'locale'])
          .merge(['edition_date'])
      );
    },

    /**
     * The day's published articles that can make the list: the `limit` best by priority and first
     * publication (the database sorts; a day of 5,000 stories costs no 5,000 rows read into the
     * process on every publish), plus every article tied with the last of them on both, whose
     * order the headline decides (imports of one date tie often). Excluded articles are left to
     * the ranking rule, which also sees pins.
     */
    async candidates({ editionDate, locale }: Day, limit: number): Promise<TopNewsCandidate[]> {
      return inTransaction(async (trx) => {
        const columns = [
          'document_id',
          'headline',
          'slug',
          'top_news_priority',
          'first_published_at',
          'exclude_from_top_news',
        ];
        const published = () =>
          trx(table(ARTICLE))
            .select(columns)
            .where({ edition_date: editionDate, locale })
            .whereNotNull('published_at')
            .andWhere((row) =>
              row.whereNull('exclude_from_top_news').orWhere('exclude_from_top_news', false)
            );
        // One more than the limit: only when it ties with the last can more ties follow.
        const read: CandidateRow[] = await published()
          .orderBy([
            { column: 'top_news_priority', order: 'desc' },
            { column: 'first_published_at', order: 'desc' },
          ])
          .limit(limit + 1);
        const best = read.slice(0, limit);
        const [last, next] = [read[limit - 1], read[limit]];
        const instant = (row: CandidateRow) =>
          new Date(storedInstant(row.first_published_at)).getTime();
        const ties = (a: CandidateRow, b: CandidateRow) =>
          Number(a.top_news_priority) === Number(b.top_news_priority) && instant(a) === instant(b);
        const tied: CandidateRow[] =
          next && ties(last, next)
            ? await published()
                .andWhere((row) =>
                  equalOrBothNull(row, 'top_news_priority', last.top_news_priority)
                )
                .andWhere((row) =>
                  equalOrBothNull(row, 'first_published_at', last.first_published_at)
                )
                .whereNotIn(
                  'document_id',
                  best.map((row) => row.document_id)
                )
            : [];
        return [...best, ...tied].map((row) => ({
          documentId: row.document_id,
          headline: row.headline ?? '',
          slug: row.slug,
          topNewsPriority: Number(row.top_news_priority ?? 0),
          firstPublishedAt: storedInstant(row.first_published_at),
          excludeFromTopNews: Boolean(row.exclude_from_top_news),
        }));
      });
    },

    /**
     * Column-only changes of generated entries (title, position): no relation changes, so plain
     * updates, stamped as the document service stamps an update.
     */
    async retitle(
      { locale }: Day,
      changes: readonly { documentId: string; title: string; position: number }[]
    ): Promise<void> {
      if (changes.length === 0) return;
      // One statement: a new first story moves the whole list down.
      // PostgreSQL types an untyped parameter in a CASE as text, which an integer column refuses.
      const integer = strapi.db.dialect.client === 'postgres' ? 'cast(? as integer)' : '?';
      const byDocument = (column: 'title' | 'position') => {
        const value = column === 'position' ? integer : '?';
        const cases = changes.map(() => `when ? then ${value}`).join(' ');
        return strapi.db.connection.raw(
          `case document_id ${cases} end`,
          changes.flatMap((change) => [change.documentId, change[column]])
        );
      };
      await inTransaction((trx) =>
        trx(table(RELATED_NEWS))
          .whereIn(
            'document_id',
            changes.map((change) => change.documentId)
          )
          .andWhere({ locale })
          .update({
            title: byDocument('title'),
            position: byDocument('position'),
            updated_at: new Date(),
          })
      );
    },

    /**
     * A generated entry given another article, as the document service's update would store it: the
     * columns, and the entry's link to every row of the article in that locale (draft and
     * published), in three statements where the document service takes fourteen (a publish on a
     * busy day does this once: bench publishOverhead).
     */
    async repoint(
      { locale }: Day,
      documentId: string,
      entry: { articleDocumentId: string; title: string; position: number }
    ): Promise<void> {
      await inTransaction(async (trx) => {
        const link = articleLink();
        const entries = table(RELATED_NEWS);
        await trx(entries)
          .where({ document_id: documentId, locale })
          .update({ title: entry.title, position: entry.position, updated_at: new Date() });
        const ids = trx(entries).select('id').where({ document_id: documentId, locale });
        await trx(link.name).whereIn(link.entry, ids).delete();
        await trx.into(trx.raw('?? (??, ??)', [link.name, link.entry, link.article])).insert(
          trx
            .select('rn.id', 'a.id')
            .from(trx.raw('?? as rn, ?? as a', [entries, table(ARTICLE)]))
            .where({
              'rn.document_id': documentId,
              'rn.locale': locale,
              'a.document_id': entry.articleDocumentId,
              'a.locale': locale,
            })
        );
      });
    },

    /** The day's top-news entries: pins (with the article they point at) and generated ones. */
    async entries({
      editionDate,
      locale,
    }: Day): Promise<{ pinned: PinnedEntry[]; generated: StoredGeneratedEntry[] }> {
      return inTransaction(async (trx) => {
        const link = articleLink();
        const rows = await trx(`${table(RELATED_NEWS)} as rn`)
          .leftJoin(`${link.name} as l`, `l.${link.entry}`, 'rn.id')
          .leftJoin(`${table(ARTICLE)} as a`, 'a.id', `l.${link.article}`)
          .select(
            'rn.id',
            'rn.document_id',
            'rn.title',
            'rn.position',
            'rn.pinned',
            'rn.generated',
            'a.document_id as article_document_id'
          )
          .where({ 'rn.list': 'top-news', 'rn.edition_date': editionDate, 'rn.locale': locale })
          .orderBy([{ column: 'rn.position' }, { column: 'rn.id' }]);
        const pinned = new Map<number, PinnedEntry>();
        const generated = new Map<number, StoredGeneratedEntry>();
        for (const row of rows as EntryRow[]) {
          if (row.pinned) {
            pinned.set(row.id, {
              id: row.id,
              title: row.title,
              position: row.position,
              articleDocumentId: row.article_document_id ?? null,
            });
          } else if (row.generated) {
            generated.set(row.id, {
              documentId: row.document_id,
              title: row.title,
              position: row.position,
              articleDocumentId: row.article_document_id ?? null,
            });
          }
        }
        return { pinned: [...pinned.values()], generated: [...generated.values()] };
      });
    },

    /**
     * What a frontend is served, in one query: pins first by the editor's position, then the
     * generated entries in their stored order; an entry pointing at an article with no published
     * version is left out, so a draft never shows.
     */
    async served({ editionDate, locale }: Day, limit: number): Promise<ServedItem[]> {
      const link = articleLink();
      const articles = table(ARTICLE);
      const knex = strapi.db.connection;
      const publishedArticle = (alias: string) =>
        knex(`${link.name} as ${alias}`)
          .join(`${articles} as a_${alias}`, `a_${alias}.id`, `${alias}.${link.article}`)
          .whereRaw(`${alias}.${link.entry} = rn.id`)
          .whereNotNull(`a_${alias}.published_at`);
      const rows = await knex(`${table(RELATED_NEWS)} as rn`)
        .select(
          'rn.title',
          'rn.url',
          'rn.pinned',
          publishedArticle('ls').select('a_ls.slug').limit(1).as('slug'),
          publishedArticle('ld').select('a_ld.document_id').limit(1).as('article_document_id')
        )
        .where({ 'rn.list': 'top-news', 'rn.edition_date': editionDate, 'rn.locale': locale })
        .andWhere((entry) => entry.where('rn.pinned', true).orWhere('rn.generated', true))
        .andWhere((entry) =>
          entry
            .whereNotExists(
              knex(`${link.name} as lx`).select(knex.raw('1')).whereRaw(`lx.${link.entry} = rn.id`)
            )
            .orWhereExists(publishedArticle('lp').select(knex.raw('1')))
        )
        .orderBy([
          { column: 'rn.pinned', order: 'desc' },
          { column: 'rn.position' },
          { column: 'rn.id' },
        ])
        .limit(limit);
      return (rows as ServedRow[]).map((row) => ({
        title: row.title,
        url: row.url ?? null,
        slug: row.slug ?? null,
        pinned: Boolean(row.pinned),
        articleDocumentId: row.article_document_id ?? null,
      }));
    },
  };
}
