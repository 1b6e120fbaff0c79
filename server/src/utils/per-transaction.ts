import type { Core } from '@strapi/strapi';

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * `load()` once per database transaction, or once per HTTP request outside one: several hooks run
 * in one write, and a read such as the article page asks the settings and the default locale more
 * than once; each would otherwise cost a query. Nothing outlives the transaction or the request,
 * so a change saved by another process is seen by the next write or request. Code run outside both
 * (bootstrap, scripts) simply loads.
 */
export async function oncePerTransaction<T>(
  strapi: Core.Strapi,
  key: string,
  load: () => Promise<T>
): Promise<T> {
  const scope = strapi.db.inTransaction()
    ? // Nested, `transaction` hands back the open one (and neither commits nor rolls it back).
      ((await strapi.db.transaction(async ({ trx }) => trx)) as object)
    : (strapi.requestContext.get() as object | undefined);
  if (!scope) return load();
  let memo = memos.get(scope);
  if (!memo) memos.set(scope, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}
