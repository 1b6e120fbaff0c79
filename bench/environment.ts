import os from 'node:os';

import type { Core } from '@strapi/strapi';

/** The machine the figures come from: they mean little without it. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const memoryGb = Math.round(os.totalmem() / 2 ** 30);
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${memoryGb} GB, ${os.platform()} ${os.release()}, node ${process.version}`;
}

export async function describeDatabase(strapi: Core.Strapi): Promise<string> {
  const client = strapi.db.dialect.client;
  const knex = strapi.db.connection;
  if (client === 'sqlite') {
    const [row] = await knex.raw('select sqlite_version() as version');
    return `sqlite ${row.version}`;
  }
  if (client === 'postgres') {
    const { rows } = await knex.raw('show server_version');
    return `postgres ${rows[0].server_version}`;
  }
  return client;
}
