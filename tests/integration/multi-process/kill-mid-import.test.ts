import { TEST_ADMIN } from '../helpers/auth';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapiProcess, type StrapiProcess } from '../helpers/processes';
import { bootStrapiOn, stopStrapi, type TestStrapi } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const QUOTE = 'plugin::newsroom.quote';
const RELATED_NEWS = 'plugin::newsroom.related-news';

const STORIES = 40;
const PARALLEL = 4;
const KILL_AFTER = 12; // answered imports
// Enough rows per story that a kill most likely lands inside some story's transaction.
const QUOTES_AND_PINS = 8;
const perStory = <T>(item: (k: number) => T): T[] =>
  Array.from({ length: QUOTES_AND_PINS }, (_, k) => item(k));

const quoteOf = (n: number, k: number) =>
  `We will keep talking until part ${k} of story ${n} is told`;
const pinOf = (n: number, k: number) => `Also today: item ${k} of story ${n}`;

/** Story `n`: one headline for all (so slugs take suffixes), told apart by deck, quotes and pins. */
const storyText = (n: number) =>
  [
    '---',
    `deck: Story ${n}`,
    `date: 2021-03-${String((n % 28) + 1).padStart(2, '0')}T09:00:00Z`,
    '---',
    'Talks resume in Tripoli',
    '',
    ...perStory((k) => `"${quoteOf(n, k)}," the envoy said.`),
    '',
    "Today's Top News",
    ...perStory((k) => `- ${pinOf(n, k)}`),
  ].join('\n');
const storyOfDeck = (deck: string) => Number(deck.replace('Story ', ''));

let database: TestDatabase;
let server: StrapiProcess | undefined;
let restarted: TestStrapi | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startStrapiProcess();
}, 240_000);

afterAll(async () => {
  await server?.kill();
  if (restarted) await stopStrapi(restarted);
  else await database?.drop();
});

/** Imports stories over HTTP, PARALLEL at a time, and SIGKILLs the process once KILL_AFTER have answered. */
async function importUntilKilled(target: StrapiProcess, adminToken: string) {
  const answered = new Map<number, string>(); // story → slug
  let interrupted = 0;
  let next = 0;
  let killed: Promise<void> | undefined;
  const worker = async () => {
    while (!killed && next < STORIES) {
      const story = next++;
      try {
        const response = await target
          .http()
          .post('/newsroom/import')
          .set('Authorization', `Bearer ${adminToken}`)
          .send({ text: storyText(story), publish: true });
        if (response.status !== 200)
          throw new Error(`story ${story}: ${response.status} ${JSON.stringify(response.body)}`);
        answered.set(story, response.body.data.article.slug);
        if (answered.size === KILL_AFTER) killed = target.kill();
      } catch (error) {
        if (!killed) throw error;
        interrupted += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  await killed;
  return { answered, interrupted, sent: next };
}

describe('a Strapi process killed (SIGKILL) in the middle of importing many stories (§8, §10)', () => {
  it('loses no answered import and leaves every story whole or absent', async () => {
    const registered = await server!
      .http()
      .post('/admin/register-admin')
      .send(TEST_ADMIN)
      .expect(200);
    const { answered, interrupted, sent } = await importUntilKilled(
      server!,
      registered.body.data.token
    );
    expect(answered.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(interrupted).toBeGreaterThanOrEqual(1); // some import was on its way when the process died
    expect(sent).toBeLessThan(STORIES);

    // What a process started afterwards finds on the database.
    restarted = await bootStrapiOn(database);
    const { strapi } = restarted;
    const rows = (await strapi.db
      .query(ARTICLE)
      .findMany({ select: ['documentId', 'deck', 'slug', 'publishedAt'] })) as {
      documentId: string;
      deck: string;
      slug: string;
      publishedAt: string | null;
    }[];
    const documents = new Map<string, { story: number; slug: string }>();
    for (const row of rows)
      documents.set(row.documentId, { story: storyOfDeck(row.deck), slug: row.slug });
    const stories = [...documents.values()].map((document) => document.story);

    // Nothing lost, nothing twice: every answered story is there with the slug it was answered.
    expect(new Set(stories).size).toBe(documents.size);
    expect(
      Object.fromEntries(
        [...documents.values()]
          .filter(({ story }) => answered.has(story))
          .map(({ story, slug }) => [story, slug])
      )
    ).toEqual(Object.fromEntries(answered));
    // Each a published document: its draft and published rows, with one slug among distinct slugs.
    expect(rows).toHaveLength(2 * documents.size);
    expect(rows.filter((row) => row.publishedAt !== null)).toHaveLength(documents.size);
    expect(new Set(rows.map((row) => row.slug)).size).toBe(documents.size);

    // Each with exactly its slug claim, and no claim without its article.
    const claims = (await strapi.db
      .connection('newsroom_slug_claims')
      .select('document_id', 'slug')) as { document_id: string; slug: string }[];
    expect(claims.map((claim) => [claim.document_id, claim.slug]).sort()).toEqual(
      [...documents].map(([documentId, { slug }]) => [documentId, slug]).sort()
    );

    // Each with all its quotes, and no quote without its article.
    const quotes = (await strapi.db
      .query(QUOTE)
      .findMany({ select: ['text'], populate: { article: { select: ['documentId'] } } })) as {
      text: string;
      article: { documentId: string } | null;
    }[];
    expect(quotes.map((quote) => [quote.article?.documentId, quote.text]).sort()).toEqual(
      [...documents]
        .flatMap(([documentId, { story }]) => perStory((k) => [documentId, quoteOf(story, k)]))
        .sort()
    );

    // Each with all its pins, and no pin of a story that is not there.
    const pins = (await strapi.db
      .query(RELATED_NEWS)
      .findMany({ where: { pinned: true }, select: ['title'] })) as { title: string }[];
    expect(pins.map((pin) => pin.title).sort()).toEqual(
      stories.flatMap((story) => perStory((k) => pinOf(story, k))).sort()
    );
  });
});
