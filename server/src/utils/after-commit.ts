import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

const pending = new AsyncLocalStorage<Set<Promise<unknown>>>();

/**
 * Runs `work` once the current transaction commits. Strapi calls commit callbacks without awaiting
 * them, so within an HTTP request the work is also registered with the request, whose response
 * waits for it (see `awaitAfterCommitWork`): a client that publishes and then reads sees the result.
 */
export async function afterCommit(strapi: Core.Strapi, work: () => Promise<void>): Promise<void> {
  if (!strapi.db.inTransaction()) return work();
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(() => {
      const done = work().catch((error) => strapi.log.error(`[newsroom] work after commit failed: ${error}`));
      pending.getStore()?.add(done);
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
