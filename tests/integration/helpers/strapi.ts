import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import request from 'supertest';

import { createTestDatabase, type TestDatabase } from './database';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { playgroundDir, playgroundDistDir } = require('./paths');

/** A playground Strapi booted in-process on a fresh database, with its HTTP server mounted (not listening). */
export interface TestStrapi {
  strapi: Core.Strapi;
  database: TestDatabase;
  /** supertest against Strapi's own http.Server: every request goes through Koa, routes, policies and middlewares. */
  http(): ReturnType<typeof request>;
}

process.env.STRAPI_LOG_LEVEL ??= 'error';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.STRAPI_DISABLE_UPDATE_NOTIFICATION = 'true';

export interface BootOptions {
  /** Serve the built admin panel (playground/dist/build) at /admin: the browser tests need it. */
  serveAdminPanel?: boolean;
}

export async function bootStrapi(options: BootOptions = {}): Promise<TestStrapi> {
  return bootStrapiOn(await createTestDatabase(), options);
}

/** Boots on a database that exists already (a restart, or a second boot on the first's). */
export async function bootStrapiOn(
  database: TestDatabase,
  { serveAdminPanel = false }: BootOptions = {}
): Promise<TestStrapi> {
  const strapi = await createStrapi({
    appDir: playgroundDir,
    distDir: playgroundDistDir,
    autoReload: false,
    serveAdminPanel,
  }).load();
  strapi.server.mount();
  return { strapi, database, http: () => request(strapi.server.httpServer) };
}

interface PoolStats {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * Strapi's event hub re-reads entries after each commit without being awaited. Destroying the
 * connection pool under those reads leaves them waiting 60 s for a connection, so wait (a few
 * seconds at most) until the pool is idle.
 */
async function settle(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db.connection.client as { pool?: PoolStats }).pool;
  const busy = () => Boolean(pool && pool.numUsed() + pool.numPendingAcquires() > 0);
  for (let wait = 0; wait < 100 && (wait < 2 || busy()); wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function stopStrapi(app: TestStrapi | undefined): Promise<void> {
  if (!app) return;
  await settle(app.strapi);
  await app.strapi.destroy();
  await app.database.drop();
}
