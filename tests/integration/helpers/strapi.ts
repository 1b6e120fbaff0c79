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

export async function bootStrapi(): Promise<TestStrapi> {
  const database = await createTestDatabase();
  const strapi = await createStrapi({
    appDir: playgroundDir,
    distDir: playgroundDistDir,
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  strapi.server.mount();
  return { strapi, database, http: () => request(strapi.server.httpServer) };
}

export async function stopStrapi(app: TestStrapi | undefined): Promise<void> {
  if (!app) return;
  await app.strapi.destroy();
  await app.database.drop();
}
