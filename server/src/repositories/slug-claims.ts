import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { ensureOwnIndex } from './own-index';
import { ensureOwnTable } from './own-table';
import { withinTransaction } from './within-transaction';

/**
 * The slug registry: one row per slug a document holds in a locale — its current slug and the old
 * ones in its `slugHistory` — under a primary key on (content type, locale, slug).
 *
 * Why a table of our own with a unique key, rather than advisory locks or checks on the content
 * table: the content table cannot carry the constraint (a document's draft and published rows
 * share the slug, and MariaDB has no partial indexes), advisory locks differ on every database and
 * do nothing across SQLite, and a check-then-insert on its own races between processes. A primary
 * key is the same on SQLite, PostgreSQL and MariaDB, and makes the database the judge: a second
 * writer of the same slug waits for the first and then fails, and takes the next free suffix.
 * Strapi's schema sync leaves tables it did not create alone.
 */
export const SLUG_CLAIMS_TABLE = 'newsroom_slug_claims';

export interface SlugHolder {
  slug: string;
  documentId: string;
}

export interface ClaimKey {
  uid: string;
  locale: string;
}

const UNIQUE_VIOLATION_CODES = new Set([
  'ER_DUP_ENTRY',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  'SQLITE_CONSTRAINT_UNIQUE',
]);

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && UNIQUE_VIOLATION_CODES.has(code);
}

// '!' rather than a backslash: MariaDB reads a backslash inside a string literal as an escape itself.
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (char) => `!${char}`);
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[]/g, (char) => `[${char}]`);
}

/**
 * `slug` starts with `prefix`, in a form each database answers from an index rather than by
 * reading every claim: SQLite's `LIKE` ignores case, so only the case-sensitive `GLOB` can use the
 * primary key; PostgreSQL's `LIKE` uses a `varchar_pattern_ops` index (its primary key is in the
 * database's collation, which `LIKE` cannot use unless it is "C"); MariaDB's `LIKE` uses the primary key.
 */
function startsWith(client: string, prefix: string): [string, string[]] {
  if (client === 'sqlite') return ['slug glob ?', [`${escapeGlob(prefix)}*`]];
  return [`slug like ? escape '!'`, [`${escapeLike(prefix)}%`]];
}

const PREFIX_INDEX = 'newsroom_slug_claims_prefix_idx';

export function slugClaims(strapi: Core.Strapi) {
  // Every query joins the caller's transaction, so a failed write takes its claims back with it.
  const within = <T>(work: (trx: Knex.Transaction) => Promise<T>) =>
    withinTransaction(strapi, work);

  return {
    async ensureTable() {
      await ensureOwnTable(strapi, SLUG_CLAIMS_TABLE, (table) => {
        table.string('content_type', 120).notNullable();
        table.string('locale', 32).notNullable();
        table.string('slug', 200).notNullable();
        table.string('document_id', 64).notNullable();
        table.primary(['content_type', 'locale', 'slug']);
        table.index(['document_id'], 'newsroom_slug_claims_document_idx');
      });
      // On PostgreSQL only (the others read prefixes from the primary key), also on a table made by an earlier version.
      if (strapi.db.dialect.client !== 'postgres') return;
      await ensureOwnIndex(strapi, SLUG_CLAIMS_TABLE, PREFIX_INDEX, [
        { name: 'content_type' },
        { name: 'locale' },
        { name: 'slug', postgresOpclass: 'varchar_pattern_ops' },
      ]);
    },

    /**
     * The slugs starting with `prefix` and who holds them: the one read a write costs when its plain slug is taken (docs/slugs.md).
     * Longest first, then by text: for the `-N` siblings of one base, the highest N first, so that
     * `limit` keeps those.
     */
    async holdersWithPrefix(
      { uid, locale }: ClaimKey,
      prefix: string,
      limit?: number
    ): Promise<SlugHolder[]> {
      return within(async (trx) => {
        const query = trx(SLUG_CLAIMS_TABLE)
          .select('slug', 'document_id')
          .where({ content_type: uid, locale })
          .andWhereRaw(...startsWith(strapi.db.dialect.client, prefix))
          .orderByRaw('length(slug) desc, slug desc');
        const rows: { slug: string; document_id: string }[] = await (limit === undefined
          ? query
          : query.limit(limit));
        return rows.map((row) => ({ slug: row.slug, documentId: row.document_id }));
      });
    },

    async holderOf({ uid, locale }: ClaimKey, slug: string): Promise<string | null> {
      const row = await within((trx) =>
        trx(SLUG_CLAIMS_TABLE).first('document_id').where({ content_type: uid, locale, slug })
      );
      return (row as { document_id: string } | undefined)?.document_id ?? null;
    },

    /**
     * Inserts the claim; false when another document holds the slug (committed, or committed while
     * we waited on its lock). PostgreSQL aborts a transaction on any failed statement, so there the
     * insert skips a taken key (ON CONFLICT DO NOTHING: one statement, where a savepoint around a
     * failing insert took three); SQLite and MariaDB undo just the failed statement.
     */
    async tryClaim({ uid, locale }: ClaimKey, slug: string, documentId: string): Promise<boolean> {
      return within(async (trx) => {
        const row = { content_type: uid, locale, slug, document_id: documentId };
        if (strapi.db.dialect.client === 'postgres') {
          const inserted = await trx(SLUG_CLAIMS_TABLE)
            .insert(row)
            .onConflict(['content_type', 'locale', 'slug'])
            .ignore()
            .returning('slug');
          return inserted.length > 0;
        }
        try {
          await trx(SLUG_CLAIMS_TABLE).insert(row);
          return true;
        } catch (error) {
          if (isUniqueViolation(error)) return false;
          throw error;
        }
      });
    },

    async release(
      { uid, locale }: ClaimKey,
      documentId: string,
      slugs?: readonly string[]
    ): Promise<void> {
      await within((trx) => {
        const query = trx(SLUG_CLAIMS_TABLE).where({
          content_type: uid,
          locale,
          document_id: documentId,
        });
        return (slugs ? query.whereIn('slug', [...slugs]) : query).delete();
      });
    },

    async releaseDocument(
      uid: string,
      documentId: string,
      locales?: readonly string[]
    ): Promise<void> {
      await within((trx) => {
        const query = trx(SLUG_CLAIMS_TABLE).where({ content_type: uid, document_id: documentId });
        return (locales ? query.whereIn('locale', [...locales]) : query).delete();
      });
    },
  };
}
