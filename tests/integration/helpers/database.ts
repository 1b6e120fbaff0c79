import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh, empty database for one test file, on whichever client DATABASE_CLIENT names (sqlite by
 * default). The DATABASE_* variables it sets are read by the playground's config/database.ts.
 */
export interface TestDatabase {
  client: 'sqlite' | 'postgres' | 'mysql';
  drop(): Promise<void>;
}

const serverDefaults = {
  postgres: { port: 5432, user: 'postgres' },
  mysql: { port: 3306, user: 'root' },
};

function databaseClient(): TestDatabase['client'] {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${client}"`);
  }
  return client;
}

export function connectionOptions(client: 'postgres' | 'mysql') {
  return {
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? serverDefaults[client].port),
    user: process.env.DATABASE_USERNAME ?? serverDefaults[client].user,
    password: process.env.DATABASE_PASSWORD ?? '',
  };
}

async function createSqlite(): Promise<TestDatabase> {
  const dir = path.join(os.tmpdir(), 'newsroom-tests');
  fs.mkdirSync(dir, { recursive: true });
  const filename = path.join(dir, `${randomUUID()}.db`);
  process.env.DATABASE_FILENAME = filename;
  return {
    client: 'sqlite',
    async drop() {
      for (const file of [filename, `${filename}-wal`, `${filename}-shm`])
        fs.rmSync(file, { force: true });
    },
  };
}

async function createPostgres(name: string): Promise<TestDatabase> {
  const { Client } = await import('pg');
  const admin = new Client({ ...connectionOptions('postgres'), database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  process.env.DATABASE_NAME = name;
  return {
    client: 'postgres',
    async drop() {
      const cleanup = new Client({ ...connectionOptions('postgres'), database: 'postgres' });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function createMysql(name: string): Promise<TestDatabase> {
  const mysql = await import('mysql2/promise');
  const admin = await mysql.createConnection(connectionOptions('mysql'));
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  process.env.DATABASE_NAME = name;
  return {
    client: 'mysql',
    async drop() {
      const cleanup = await mysql.createConnection(connectionOptions('mysql'));
      await cleanup.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await cleanup.end();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const client = databaseClient();
  const name = `newsroom_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  if (client === 'postgres') return createPostgres(name);
  if (client === 'mysql') return createMysql(name);
  return createSqlite();
}
