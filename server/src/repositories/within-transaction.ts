import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Runs plain knex `work` in the caller's transaction when there is one (document-service writes
 * always open one, so a failed write takes these statements back with it), else in a new one.
 */
export async function withinTransaction<T>(
  strapi: Core.Strapi,
  work: (trx: Knex.Transaction) => Promise<T>
): Promise<T> {
  return (await strapi.db.transaction(({ trx }) => work(trx as Knex.Transaction))) as T;
}
