import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Creates a table of the plugin's own when it is missing. Strapi's schema sync leaves tables it did
 * not create alone. Two processes booting on one new database may race: the loser finds the table.
 */
export async function ensureOwnTable(
  strapi: Core.Strapi,
  name: string,
  build: (table: Knex.CreateTableBuilder) => void
) {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(name)) return;
  try {
    await knex.schema.createTable(name, build);
  } catch (error) {
    if (!(await knex.schema.hasTable(name))) throw error;
  }
}
