import knex, { type Knex } from 'knex';

import { TEST_ADMIN } from '../helpers/auth';
import { connectionOptions, createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapiProcess, type StrapiProcess } from '../helpers/processes';

/**
 * Crash safety of top news (§4.5, §10): a write commits, then its process dies before regenerating
 * the day — killed at exactly that point by a test-only hook (NEWSROOM_TEST_CRASH_BEFORE_TOP_NEWS).
 * The day it left is recorded with the write (newsroom_top_news_pending), so the next start works
 * it off and the box is the rule's again.
 */

const DAY = '2021-05-04';

let database: TestDatabase;
const servers: StrapiProcess[] = [];
let sql: Knex;

beforeAll(async () => {
  database = await createTestDatabase();
  servers.push(await startStrapiProcess());
  sql = knex({
    client: database.client === 'mysql' ? 'mysql2' : 'pg',
    connection: {
      ...connectionOptions(database.client as 'postgres' | 'mysql'),
      database: process.env.DATABASE_NAME,
    },
  });
}, 240_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill()));
  await sql?.destroy();
  await database?.drop();
});

const servedSlugs = async (server: StrapiProcess) =>
  (
    await server.http().get('/api/newsroom/top-news').query({ date: DAY }).expect(200)
  ).body.data.items.map((item: { slug: string }) => item.slug);

describe('a process killed between a publish’s commit and its top-news regeneration (§4.5, §10)', () => {
  it('leaves the day pending, and the next start regenerates it', async () => {
    const [first] = servers;
    const admin = await first.http().post('/admin/register-admin').send(TEST_ADMIN).expect(200);
    const token = await first
      .http()
      .post('/admin/api-tokens')
      .set('Authorization', `Bearer ${admin.body.data.token}`)
      .send({ name: 'crash', type: 'full-access', lifespan: null })
      .expect(201);
    const auth = { Authorization: `Bearer ${token.body.data.accessKey}` };
    const publish = (server: StrapiProcess, headline: string, topNewsPriority: number) =>
      server
        .http()
        .post('/api/newsroom/articles')
        .set(auth)
        .send({ data: { headline, topNewsPriority, firstPublishedAt: `${DAY}T04:00:00.000Z` } });

    await publish(first, 'Already on the day', 1).expect(201);
    expect(await servedSlugs(first)).toEqual(['already-on-the-day']);
    await first.stop();

    // A process that dies right after the commit: the client sees the connection drop.
    const doomed = await startStrapiProcess({ NEWSROOM_TEST_CRASH_BEFORE_TOP_NEWS: '1' });
    servers.push(doomed);
    await expect(publish(doomed, 'Published as the process died', 5)).rejects.toThrow(
      /socket hang up|ECONNRESET/
    );

    // Committed, not regenerated: the stored box still lacks it, and the day is pending.
    const published = await sql('newsroom_articles')
      .where({ slug: 'published-as-the-process-died' })
      .whereNotNull('published_at');
    expect(published).toHaveLength(1);
    const stored = await sql('newsroom_related_news')
      .where({ list: 'top-news', edition_date: DAY })
      .select('title');
    expect(stored.map((entry) => entry.title)).toEqual(['Already on the day']);
    expect(await sql('newsroom_top_news_pending').where({ edition_date: DAY })).toHaveLength(1);

    // The next start works it off.
    const next = await startStrapiProcess();
    servers.push(next);
    expect(await servedSlugs(next)).toEqual([
      'published-as-the-process-died',
      'already-on-the-day',
    ]);
    expect(await sql('newsroom_top_news_pending')).toEqual([]);
  });
});
