import fs from 'node:fs';
import path from 'node:path';

import { useStrapi } from './helpers/suite';

/**
 * The lookups an import and a publish make, found by the plan of each database as it runs them:
 * an index read, not a read of every row (npm run bench, importRate, fell from 41 to 11 stories/s
 * on SQLite once the tables held 16,000 articles, before these indexes).
 */

const libya = fs.readFileSync(
  path.join(__dirname, '..', 'fixtures', 'stories', 'libya-truce.txt'),
  'utf8'
);
const ARCHIVE_SIZE = 3000;

const app = useStrapi();
const captured: { sql: string; bindings: unknown[] }[] = [];

/** An archive of earlier articles over 300 days, written straight to the table: only its shape matters here. */
async function seedArchive() {
  const now = new Date();
  const rows = Array.from({ length: ARCHIVE_SIZE }, (_, i) => ({
    document_id: `archived${String(i).padStart(6, '0')}`,
    headline: `Archived story number ${i}`,
    slug: `archived-story-number-${i}`,
    locale: 'en',
    edition_date: new Date(Date.UTC(2019, 0, 1) + (i % 300) * 86_400_000)
      .toISOString()
      .slice(0, 10),
    published_at: i % 2 === 0 ? now : null,
    created_at: now,
    updated_at: now,
  }));
  await app.strapi.db.connection.batchInsert('newsroom_articles', rows, 500);
  const pins = Array.from({ length: ARCHIVE_SIZE }, (_, i) => ({
    document_id: `archivedpin${String(i).padStart(6, '0')}`,
    title: `Archived pin ${i}`,
    list: 'top-news',
    pinned: true,
    generated: false,
    position: 1 + (i % 6),
    locale: 'en',
    edition_date: rows[i].edition_date,
    published_at: now,
    created_at: now,
    updated_at: now,
  }));
  await app.strapi.db.connection.batchInsert('newsroom_related_news', pins, 500);
  if (app.strapi.db.dialect.client === 'postgres') await app.strapi.db.connection.raw('analyze');
}

/** How the database would run a captured statement: one line of text per plan step. */
async function planOf({ sql, bindings }: { sql: string; bindings: unknown[] }): Promise<string> {
  const knex = app.strapi.db.connection;
  const client = app.strapi.db.dialect.client;
  if (client === 'sqlite') {
    return (
      (await knex.raw(`explain query plan ${sql}`, bindings as never)) as { detail: string }[]
    )
      .map((row) => row.detail)
      .join('\n');
  }
  if (client === 'postgres') {
    const { rows } = await knex.raw(`explain ${sql.replace(/\$\d+/g, '?')}`, bindings as never);
    return rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
  }
  const [rows] = await knex.raw(`explain ${sql}`, bindings as never);
  return (rows as { table: string; key: string | null }[])
    .map((row) => `${row.table} key=${row.key}`)
    .join('\n');
}

const readsIndex = (index: string) =>
  new RegExp(
    `(USING (COVERING )?INDEX ${index}\\b|Index (Only )?Scan using ${index}\\b|Bitmap Index Scan on ${index}\\b|key=${index}$)`,
    'm'
  );

function capturedMatching(pattern: RegExp) {
  const query = captured.find(({ sql }) => pattern.test(sql.replace(/[`"]/g, '')));
  if (!query) throw new Error(`no statement matched ${pattern}`);
  return query;
}

beforeAll(async () => {
  await seedArchive();
  const record = (query: { sql: string; bindings: unknown[] }) =>
    captured.push({ sql: query.sql, bindings: query.bindings });
  app.strapi.db.connection.on('query', record);
  try {
    await app.strapi.plugin('newsroom').service('stories').importStory(libya, { publish: true });
  } finally {
    app.strapi.db.connection.off('query', record);
  }
});

describe('the lookups of an import and a publish are index reads (§11)', () => {
  it.each([
    [
      'a pin finds its article by headline',
      /from (public\.)?newsroom_articles as t0 where .*headline = /,
      'newsroom_articles_headline_idx',
    ],
    [
      "Strapi's publish checks the slug is unique among published rows",
      /from (public\.)?newsroom_articles as t0 where \(t0\.slug = /,
      'newsroom_articles_slug_idx',
    ],
    [
      "top news reads the day's published articles",
      /from newsroom_articles where edition_date = /,
      'newsroom_articles_edition_idx',
    ],
    [
      "an import looks for the day's existing pin",
      /from (public\.)?newsroom_related_news as t0 where .*title = /,
      'newsroom_related_news_day_idx',
    ],
  ])('%s', async (_what, statement, index) => {
    expect(await planOf(capturedMatching(statement))).toMatch(readsIndex(index));
  });
});
