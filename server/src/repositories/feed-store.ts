import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { ARTICLE } from '../content-types/uids';
import type { FeedArticleRow } from '../domain/feeds/feed-item';
import { metadataOf } from './metadata';

/**
 * The SQL of the feeds (docs/feeds.md): each read is one query on the article table, whatever the
 * archive's size, so a feed costs the same with 10 or 100,000 articles. Strapi 5 keeps a document's
 * draft and published versions as two rows: every read takes the published rows only
 * (`published_at` set), which hold the published text even when the draft has newer words.
 */
export interface NewestQuery {
  locale: string;
  limit: number;
  /** Only articles first published at or after this instant (the news sitemap's window). */
  since?: Date;
  section?: string;
  tag?: string;
}

export interface StoredArticle extends FeedArticleRow {
  documentId: string;
}

const COLUMNS = [
  'document_id',
  'headline',
  'deck',
  'summary',
  'byline',
  'section',
  'tags',
  'locale',
  'slug',
  'edition_date',
  'first_published_at',
  'last_significant_update_at',
  'updated_at',
];

/**
 * A datetime as the driver hands it over: a Date (PostgreSQL, MariaDB) or the epoch milliseconds
 * Strapi stores on SQLite. DATE and JSON columns come back as strings (Strapi's dialects ask so);
 * MariaDB's driver may parse JSON itself.
 */
const instant = (value: unknown): Date =>
  value instanceof Date ? value : new Date(typeof value === 'string' ? value : Number(value));
const optionalInstant = (value: unknown): Date | null =>
  value === null || value === undefined ? null : instant(value);

function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

type Row = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : null);

function toStoredArticle(row: Row): StoredArticle {
  return {
    documentId: String(row.document_id),
    headline: String(row.headline ?? ''),
    deck: text(row.deck),
    summary: text(row.summary),
    byline: text(row.byline),
    section: text(row.section),
    tags: json(row.tags),
    locale: String(row.locale),
    slug: String(row.slug ?? ''),
    editionDate: text(row.edition_date),
    firstPublishedAt: optionalInstant(row.first_published_at),
    lastSignificantUpdateAt: optionalInstant(row.last_significant_update_at),
    updatedAt: instant(row.updated_at),
  };
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

export function feedStore(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  const table = () => metadataOf(strapi, ARTICLE).tableName;
  const published = (locale: string) =>
    knex()(table()).where({ locale }).whereNotNull('published_at');

  /**
   * Matches compare exactly, case included, as on SQLite and PostgreSQL: MariaDB's default
   * collation ignores case, so there the column is compared as bytes.
   */
  const exactly = (column: string) =>
    strapi.db.dialect.client === 'mysql' ? `CAST(${column} AS BINARY)` : column;

  /**
   * Tags are a JSON array: a tag is there when its JSON string, quotes included, is in the
   * column's text — `"Libya"` does not match `"Libyan"`. The caller checks the match exactly.
   */
  function withTag(query: Knex.QueryBuilder, tag: string): Knex.QueryBuilder {
    const pattern = `%${escapeLike(JSON.stringify(tag))}%`;
    const text = strapi.db.dialect.client === 'postgres' ? '??::text' : '??';
    return query.whereRaw(`${exactly(text)} LIKE ? ESCAPE ?`, ['tags', pattern, '\\']);
  }

  return {
    /** The newest published articles of a locale, newest first. */
    async newest({ locale, limit, since, section, tag }: NewestQuery): Promise<StoredArticle[]> {
      let query = published(locale).select(COLUMNS);
      if (since) query = query.where('first_published_at', '>=', since);
      if (section !== undefined)
        query = query.whereRaw(`${exactly('??')} = ?`, ['section', section]);
      if (tag !== undefined) query = withTag(query, tag);
      const rows: Row[] = await query
        .orderBy([
          { column: 'first_published_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(limit);
      return rows.map(toStoredArticle);
    },

    /** How many published articles a locale has, and when the newest of them last changed. */
    async census(locale: string): Promise<{ count: number; lastUpdated: Date | null }> {
      const row: Row | undefined = await published(locale)
        .count({ count: '*' })
        .max({ last: 'updated_at' })
        .first();
      return { count: Number(row?.count ?? 0), lastUpdated: optionalInstant(row?.last) };
    },

    /**
     * One sitemap page: the locale's published documents in a stable order (document id), with
     * every published localization of each (for hreflang) — one query, a join on the page.
     */
    async sitemapPage(locale: string, offset: number, limit: number): Promise<StoredArticle[]> {
      const page = published(locale)
        .select('document_id')
        .orderBy('document_id')
        .offset(offset)
        .limit(limit)
        .as('page');
      const rows: Row[] = await knex()
        .select(COLUMNS.map((column) => `localized.${column}`))
        .from(page)
        .join(`${table()} as localized`, 'localized.document_id', 'page.document_id')
        .whereNotNull('localized.published_at')
        .orderBy([{ column: 'localized.document_id' }, { column: 'localized.locale' }]);
      return rows.map(toStoredArticle);
    },
  };
}
