import type { Core } from '@strapi/strapi';

/** An index column: its name, and for MySQL/MariaDB (which index only a prefix of a TEXT column) a length. */
export interface IndexColumn {
  name: string;
  prefixLength?: number;
  /** PostgreSQL operator class, e.g. `varchar_pattern_ops` for `LIKE 'prefix%'`. */
  postgresOpclass?: string;
}

const hasIndex = async (strapi: Core.Strapi, table: string, name: string) =>
  (await strapi.db.dialect.schemaInspector.getIndexes(table)).some(
    (index: { name: string }) => index.name === name
  );

/**
 * Creates an index of the plugin's own when it is missing: one Strapi's schema cannot declare (a
 * TEXT column on MySQL, an operator class on PostgreSQL). Strapi's schema sync drops only indexes
 * its own previous schema had, so it leaves these alone. Two processes booting at once may race:
 * the loser finds the index.
 */
export async function ensureOwnIndex(
  strapi: Core.Strapi,
  table: string,
  name: string,
  columns: readonly IndexColumn[]
) {
  if (await hasIndex(strapi, table, name)) return;
  const client = strapi.db.dialect.client;
  const bindings: string[] = [name, table];
  const columnSql = columns.map((column) => {
    bindings.push(column.name);
    if (client === 'mysql' && column.prefixLength) return `??(${Number(column.prefixLength)})`;
    if (client === 'postgres' && column.postgresOpclass) return `?? ${column.postgresOpclass}`;
    return '??';
  });
  try {
    await strapi.db.connection.raw(`create index ?? on ?? (${columnSql.join(', ')})`, bindings);
  } catch (error) {
    if (!(await hasIndex(strapi, table, name))) throw error;
  }
}
