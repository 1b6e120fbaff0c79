import { contentManager } from './helpers/content-manager';
import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';

const app = useStrapi();
let cm: ReturnType<typeof contentManager>;

const documents = () => app.strapi.documents(ARTICLE);
const create = (data: Record<string, unknown>, locale?: string) =>
  documents().create({ data, locale } as never);
const slugOf = async (
  documentId: string,
  status: 'draft' | 'published' = 'draft',
  locale?: string
) => (await documents().findOne({ documentId, status, locale } as never))?.slug;

function rest() {
  const auth = { Authorization: `Bearer ${app.apiToken}` };
  return {
    create: (data: Record<string, unknown>) =>
      app.http().post('/api/newsroom/articles').set(auth).send({ data }),
    update: (documentId: string, data: Record<string, unknown>) =>
      app.http().put(`/api/newsroom/articles/${documentId}`).set(auth).send({ data }),
  };
}

beforeAll(async () => {
  cm = contentManager(app, app.adminToken, ARTICLE);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});

describe('a slug is generated on create, on every write path (§4.1.1)', () => {
  it('through strapi.documents', async () => {
    const article = await create({ headline: 'Joint work on truce in Libya urged' });
    expect(article.slug).toBe('joint-work-on-truce-in-libya-urged');
  });

  it('through REST with a token', async () => {
    const response = await rest()
      .create({ headline: 'Putin and Erdogan meet in Istanbul' })
      .expect(201);
    expect(response.body.data.slug).toBe('putin-and-erdogan-meet-in-istanbul');
  });

  it('through the Content Manager', async () => {
    const response = await cm.create({ headline: 'TurkStream starts delivering gas' }).expect(201);
    expect(response.body.data.slug).toBe('turkstream-starts-delivering-gas');
  });

  it.each([
    ['中国经济稳步增长', /^zhong-guo-jing-ji/],
    ['🔥🔥🔥', /^article-[0-9a-f]{8}$/],
    ['<script>alert(1)</script> Breaking', /^breaking$/],
    ["Robert'); DROP TABLE newsroom_articles;--", /^robert-drop-table-newsroom-articles$/],
    ['السلام عليكم', /^[a-z0-9-]+$/],
  ])('a hostile-but-valid headline %j gets a clean slug', async (headline, pattern) => {
    const article = await create({ headline });
    expect(article.slug).toMatch(pattern);
  });

  it('cuts a long headline to 96 characters at a hyphen', async () => {
    const headline = 'Cease-fire talks continue '.repeat(11).trim();
    const article = await create({ headline });
    expect(article.slug.length).toBeLessThanOrEqual(96);
    expect(headline.toLowerCase().replace(/ /g, '-')).toContain(article.slug);
    expect(article.slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueness per locale (§4.1.3, §4.1.5)', () => {
  it('gives a taken generated slug -2, -3, …', async () => {
    const slugs = [];
    for (let i = 0; i < 3; i += 1)
      slugs.push((await create({ headline: 'UN urges restraint' })).slug);
    expect(slugs).toEqual(['un-urges-restraint', 'un-urges-restraint-2', 'un-urges-restraint-3']);
  });

  it('treats reserved words as taken', async () => {
    expect((await create({ headline: 'New' })).slug).toBe('new-2');
    expect((await create({ headline: 'Top News' })).slug).toBe('top-news-2');
  });

  it('normalises a slug the client gives rather than rejecting it', async () => {
    const response = await rest()
      .create({ headline: 'Anything', slug: '  My Custom SLUG!! ' })
      .expect(201);
    expect(response.body.data.slug).toBe('my-custom-slug');
  });

  it('answers 400 naming the holder when a given slug is taken, and writes nothing', async () => {
    const holder = await create({ headline: 'The original holder' });
    const before = await documents().count({});

    const response = await rest()
      .create({ headline: 'A newcomer', slug: 'the-original-holder' })
      .expect(400);
    expect(response.body.error).toMatchObject({ name: 'ValidationError', status: 400 });
    expect(response.body.error.message).toContain(holder.documentId);
    expect(response.body.error.details.errors[0].path).toEqual(['slug']);
    expect(response.body.error.details.holder).toEqual({
      documentId: holder.documentId,
      headline: 'The original holder',
    });

    await cm.create({ headline: 'A newcomer', slug: 'the-original-holder' }).expect(400);
    await expect(create({ headline: 'A newcomer', slug: 'the-original-holder' })).rejects.toThrow(
      /already used/
    );
    expect(await documents().count({})).toBe(before);
  });

  it('answers 400 for a reserved slug given explicitly', async () => {
    const response = await rest().create({ headline: 'Admin news', slug: 'admin' }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['slug']);
  });

  it('lets another locale use the same slug', async () => {
    const english = await create({ headline: 'Libya truce holds' });
    const french = await create({ headline: 'Libya truce holds' }, 'fr');
    expect(french.slug).toBe(english.slug);
  });

  it('gives a new locale of a document its own slug, unique in that locale', async () => {
    const taken = await create({ headline: 'Berlin talks' }, 'fr');
    const english = await create({ headline: 'Berlin talks' });
    await documents().update({
      documentId: english.documentId,
      locale: 'fr',
      data: { headline: 'Berlin talks' },
    } as never);
    expect(await slugOf(english.documentId, 'draft', 'fr')).toBe('berlin-talks-2');
    expect(await slugOf(taken.documentId, 'draft', 'fr')).toBe('berlin-talks');
  });

  it('frees the slug of a deleted article', async () => {
    const doomed = await create({ headline: 'Short-lived story' });
    await documents().delete({ documentId: doomed.documentId });
    expect((await create({ headline: 'Short-lived story' })).slug).toBe('short-lived-story');
  });

  it('gives a duplicated article its own slug', async () => {
    const original = await create({ headline: 'Gas flows to Bulgaria' });
    const copy = await documents().clone({ documentId: original.documentId, data: {} } as never);
    const copySlug = await slugOf(copy!.documentId);
    expect(copySlug).toBe('gas-flows-to-bulgaria-2');
  });
});

describe('slugs follow the headline until the first publish, then stay (§4.1.6)', () => {
  it('a draft headline edit moves the generated slug and frees the old one', async () => {
    const draft = await create({ headline: 'Early headline' });
    await rest().update(draft.documentId, { headline: 'Better headline' }).expect(200);
    expect(await slugOf(draft.documentId)).toBe('better-headline');
    expect((await create({ headline: 'Early headline' })).slug).toBe('early-headline');
  });

  it('a draft headline edit through the Content Manager (which resends the slug) moves it too', async () => {
    const created = await cm.create({ headline: 'Draft in the editor' }).expect(201);
    const { documentId, slug } = created.body.data;
    await cm.update(documentId, { headline: 'Draft in the editor, revised', slug }).expect(200);
    expect(await slugOf(documentId)).toBe('draft-in-the-editor-revised');
  });

  it('a slug set by hand stays when the headline changes', async () => {
    const draft = await create({ headline: 'Hand made', slug: 'my-own-slug' });
    await documents().update({
      documentId: draft.documentId,
      data: { headline: 'Hand made, edited' },
    } as never);
    expect(await slugOf(draft.documentId)).toBe('my-own-slug');
  });

  it('after publish a headline edit keeps the slug, on the draft and the published row', async () => {
    const article = await create({ headline: 'Published headline' });
    await documents().publish({ documentId: article.documentId });
    await documents().update({
      documentId: article.documentId,
      data: { headline: 'Published headline, corrected' },
    } as never);
    await documents().publish({ documentId: article.documentId });
    expect(await slugOf(article.documentId)).toBe('published-headline');
    expect(await slugOf(article.documentId, 'published')).toBe('published-headline');
  });

  it('an explicit rename after publish records the old slug, which keeps resolving with a 301', async () => {
    const article = await create({ headline: 'Rename me' });
    await documents().publish({ documentId: article.documentId });
    await cm
      .update(article.documentId, { headline: 'Rename me', slug: 'renamed-story' })
      .expect(200);

    const draft = await documents().findOne({ documentId: article.documentId });
    expect(draft).toMatchObject({ slug: 'renamed-story', slugHistory: ['rename-me'] });
    expect(await slugOf(article.documentId, 'published')).toBe('renamed-story');

    const old = await app.http().get('/api/newsroom/articles/slug/rename-me').expect(301);
    expect(old.headers.location).toBe('/api/newsroom/articles/slug/renamed-story');
    const current = await app.http().get('/api/newsroom/articles/slug/renamed-story').expect(200);
    expect(current.body.data).toMatchObject({
      documentId: article.documentId,
      slug: 'renamed-story',
    });

    // The old slug stays the document's: nobody else can take it.
    expect((await create({ headline: 'Rename me' })).slug).toBe('rename-me-2');
  });

  it('a publish through REST (status=published) keeps one slug on both rows', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .query({ status: 'published' })
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data: { headline: 'Straight to print' } })
      .expect(201);
    const { documentId } = response.body.data;
    expect(await slugOf(documentId, 'draft')).toBe('straight-to-print');
    expect(await slugOf(documentId, 'published')).toBe('straight-to-print');
  });
});

describe('GET /api/newsroom/articles/slug/:slug (§5)', () => {
  it('answers the published article with its quotes and related news', async () => {
    const article = await create({ headline: 'Readers come here' });
    await documents().publish({ documentId: article.documentId });
    const response = await app
      .http()
      .get('/api/newsroom/articles/slug/readers-come-here')
      .expect(200);
    expect(response.body.data).toMatchObject({
      headline: 'Readers come here',
      quotes: [],
      relatedNews: [],
    });
  });

  it('never answers a draft', async () => {
    await create({ headline: 'Not yet out' });
    await app.http().get('/api/newsroom/articles/slug/not-yet-out').expect(404);
  });

  it('answers 404 for an unknown slug', async () => {
    await app.http().get('/api/newsroom/articles/slug/no-such-story').expect(404);
  });

  it('finds the slug in the locale asked for', async () => {
    const french = await create({ headline: 'Seulement en français' }, 'fr');
    await documents().publish({ documentId: french.documentId, locale: 'fr' } as never);
    await app.http().get('/api/newsroom/articles/slug/seulement-en-francais').expect(404);
    await app
      .http()
      .get('/api/newsroom/articles/slug/seulement-en-francais')
      .query({ locale: 'fr' })
      .expect(200);
  });
});

describe('under concurrency and at scale (§4.1.7)', () => {
  it('20 parallel creates with one headline give 20 distinct slugs, with no error', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, () => create({ headline: 'Breaking: ceasefire announced' }))
    );
    const slugs = new Set(created.map((article) => article.slug));
    expect(slugs.size).toBe(20);
    expect(slugs.has('breaking-ceasefire-announced')).toBe(true);
    expect(
      await documents().count({ filters: { headline: 'Breaking: ceasefire announced' } })
    ).toBe(20);
  });

  it('reads the siblings from an index, not by scanning every claim', async () => {
    const knex = app.strapi.db.connection;
    const client = app.strapi.db.dialect.client;
    // An archive's worth of other slugs, so that each database plans as it would for a real site.
    const archive = Array.from({ length: 5000 }, (_, i) => ({
      content_type: ARTICLE,
      locale: 'en',
      slug: `archived-story-${i}`,
      document_id: `archived-${i}`,
    }));
    await knex.batchInsert('newsroom_slug_claims', archive, 500);
    if (client === 'postgres') await knex.raw('analyze newsroom_slug_claims');

    let read: { sql: string; bindings: unknown[] } | undefined;
    const record = (query: { sql: string; bindings: unknown[] }) => {
      if (/^select .* from "?newsroom_slug_claims/.test(query.sql.replace(/`/g, '"'))) read = query;
    };
    await create({ headline: 'An indexed headline' });
    knex.on('query', record);
    try {
      await create({ headline: 'An indexed headline' });
    } finally {
      knex.off('query', record);
      await knex('newsroom_slug_claims').where('document_id', 'like', 'archived-%').delete();
    }
    if (!read) throw new Error('the second create did not read the siblings');
    const { sql, bindings } = read;

    if (client === 'sqlite') {
      const plan = (await knex.raw(`explain query plan ${sql}`, bindings)) as { detail: string }[];
      expect(plan.map((row) => row.detail).join(' | ')).toMatch(
        /USING (COVERING )?INDEX .*slug>\? AND slug<\?/
      );
    } else if (client === 'postgres') {
      const { rows } = await knex.raw(`explain ${sql.replace(/\$\d+/g, '?')}`, bindings);
      const plan = rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index (Only )?Scan using newsroom_slug_claims_prefix_idx/);
      expect(plan).toMatch(/slug\)::text ~>=~/);
    } else {
      const [rows] = await knex.raw(`explain ${sql}`, bindings);
      expect(rows[0]).toMatchObject({ table: 'newsroom_slug_claims', type: 'range' });
    }
  });

  it('costs the same queries per create with 1 or 120 siblings (more than one read takes), and one claim with none', async () => {
    // Only the create's own transaction counts: Strapi's event hub re-reads earlier entries after
    // their commits, on other connections. A transaction holds one connection from BEGIN to COMMIT,
    // so the statements of that connection between the two are exactly the create's.
    const queriesFor = async (headline: string) => {
      const events: { sql: string; connection?: string }[] = [];
      const record = (query: { sql: string; __knexUid?: string }) =>
        events.push({ sql: query.sql, connection: query.__knexUid });
      app.strapi.db.connection.on('query', record);
      try {
        await create({ headline });
      } finally {
        app.strapi.db.connection.off('query', record);
      }
      const insert = events.find((event) => /^insert into \S*newsroom_articles\b/.test(event.sql));
      const own = events
        .filter((event) => event.connection === insert?.connection)
        .map((event) => event.sql);
      const begin = own.lastIndexOf(
        'BEGIN;',
        own.findIndex((sql) => /^insert into \S*newsroom_articles\b/.test(sql))
      );
      // Savepoint names (PostgreSQL) carry a counter; the statements are what is compared.
      return own
        .slice(begin, own.indexOf('COMMIT;', begin) + 1)
        .map((sql) => sql.replace(/trx\d+/g, 'trx'));
    };
    const slugStatements = (statements: string[]) =>
      statements.filter((sql) => sql.includes('newsroom_slug_claims'));
    const lonely = await queriesFor('A headline nobody else has');
    expect(slugStatements(lonely)).toEqual([expect.stringMatching(/^insert into/)]); // the plain slug claimed, no read

    await create({ headline: 'A crowded headline' });
    const second = await queriesFor('A crowded headline');
    for (let i = 0; i < 120; i += 1) await create({ headline: 'A crowded headline' });
    const crowded = await queriesFor('A crowded headline');
    expect(
      await app.strapi.db
        .connection('newsroom_slug_claims')
        .where('slug', 'a-crowded-headline-123')
        .first()
    ).toBeDefined();
    expect(crowded).toEqual(second);
    // The plain slug refused, one read of the siblings, the next one claimed.
    expect(slugStatements(crowded).map((sql) => sql.split(' ')[0])).toEqual([
      'insert',
      'select',
      'insert',
    ]);
  });
});
