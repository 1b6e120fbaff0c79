import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

const pending = new AsyncLocalStorage<Set<Promise<unknown>>>();

/**
 * Runs `work` once the current transaction commits: at once, awaited, outside any transaction.
 * Strapi calls commit callbacks without awaiting them, so within an HTTP request the work is also
 * registered with the request, whose response waits for it (see `awaitAfterCommitWork`): a client
 * that publishes and then reads sees the result. The write has committed either way, so a failure
 * of `work` is logged, not thrown at its caller.
 */
export async function afterCommit(strapi: Core.Strapi, work: () => Promise<void>): Promise<void> {
  const run = () =>
    work().catch((error) => {
      strapi.log.error(`[newsroom] work after commit failed: ${error}`);
    });
  if (!strapi.db.inTransaction()) return run();
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(() => {
      pending.getStore()?.add(run());
    });
  });
}

/** A Koa middleware: the response leaves once the request's after-commit work is done. */
export function awaitAfterCommitWork(): Core.MiddlewareHandler {
  return async (ctx, next) => {
    const work = new Set<Promise<unknown>>();
    await pending.run(work, async () => {
      await next();
      await Promise.all(work);
    });
  };
}
