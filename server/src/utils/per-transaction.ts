import type { Core } from '@strapi/strapi';

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * `load()` once per database transaction: several hooks run in one write, and each wants the
 * settings and the default locale. Outside a transaction it simply loads. Nothing outlives the
 * transaction, so a change saved by another process is seen by the next write.
 */
export async function oncePerTransaction<T>(strapi: Core.Strapi, key: string, load: () => Promise<T>): Promise<T> {
  if (!strapi.db.inTransaction()) return load();
  // Nested, `transaction` hands back the open one (and neither commits nor rolls it back).
  const trx = (await strapi.db.transaction(async ({ trx }) => trx)) as object;
  let memo = memos.get(trx);
  if (!memo) memos.set(trx, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}
