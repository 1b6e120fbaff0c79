import { PUBLIC_READ_ACTIONS } from '../../server/src/permissions/public-read';
import { bootStrapi, bootStrapiOn, stopStrapi, type TestStrapi } from './helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';

let app: TestStrapi;

beforeAll(async () => {
  app = await bootStrapi();
});

afterAll(async () => {
  await stopStrapi(app);
});

describe('GET /api/newsroom/articles/slug/:slug/json-ld (§5)', () => {
  it('answers schema.org NewsArticle markup as application/ld+json', async () => {
    const article = await app.strapi.documents(ARTICLE).create({
      data: {
        headline: 'Joint work on truce in Libya urged',
        deck: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
        datelineCity: 'Istanbul',
        datelineCountry: 'Turkey',
        firstPublishedAt: '2020-01-08T00:00:00.000Z',
        byline: 'Ren Qi',
        section: 'World',
        tags: ['Libya', 'Turkey'],
      } as never,
    });
    await app.strapi.documents(ARTICLE).publish({ documentId: article.documentId });

    const response = await app
      .http()
      .get('/api/newsroom/articles/slug/joint-work-on-truce-in-libya-urged/json-ld')
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const markup = JSON.parse(response.text);
    expect(markup).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Joint work on truce in Libya urged',
      alternativeHeadline: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
      dateline: 'ISTANBUL, Jan 8 (China Daily) -',
      datePublished: '2020-01-08T00:00:00.000Z',
      locationCreated: { '@type': 'Place', name: 'Istanbul, Turkey' },
      author: [{ '@type': 'Person', name: 'Ren Qi' }],
      publisher: { '@type': 'Organization', name: 'China Daily' },
      articleSection: 'World',
      keywords: ['Libya', 'Turkey'],
      url: '/joint-work-on-truce-in-libya-urged',
    });
    expect(markup.dateModified).toEqual(expect.any(String));
  });

  it('404s a draft and redirects an old slug to the new markup', async () => {
    await app.strapi.documents(ARTICLE).create({ data: { headline: 'Draft only' } });
    await app.http().get('/api/newsroom/articles/slug/draft-only/json-ld').expect(404);
    const moving = await app.strapi.documents(ARTICLE).create({ data: { headline: 'Old name' } });
    await app.strapi.documents(ARTICLE).publish({ documentId: moving.documentId });
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: moving.documentId, data: { slug: 'new-name' } } as never);
    const response = await app
      .http()
      .get('/api/newsroom/articles/slug/old-name/json-ld')
      .expect(301);
    expect(response.headers.location).toBe('/api/newsroom/articles/slug/new-name/json-ld');
  });
});

describe('GET /api/newsroom/articles/slug/:slug', () => {
  it('answers the same bytes every time: the relations in one order, on every database', async () => {
    // Outside a transaction the query engine populates relations on several connections at once
    // (PostgreSQL, MySQL); the order they arrived in once changed the answer between two calls.
    const related = await app.strapi.documents('plugin::newsroom.related-news').create({
      data: { title: 'Berlin talks', list: 'related', url: 'https://example.com/' },
    } as never);
    const article = await app.strapi.documents(ARTICLE).create({
      data: {
        headline: 'Relations in order',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: '"We agree," said Ana Ruiz.' }] },
        ],
        relatedNews: [related.documentId],
      },
      status: 'published',
    } as never);
    const answers = new Set<string>();
    for (let call = 0; call < 12; call += 1) {
      const { text } = await app
        .http()
        .get(`/api/newsroom/articles/slug/${article.slug}`)
        .expect(200);
      answers.add(text);
    }
    expect(answers.size).toBe(1);
    const keys = Object.keys(JSON.parse([...answers][0]).data);
    expect(keys.slice(-4)).toEqual(['quotes', 'relatedNews', 'corrections', 'topNews']);
    await app.strapi.documents(ARTICLE).delete({ documentId: article.documentId } as never);
  });
});

describe('JSON-LD can be pasted into a <script> tag (§5)', () => {
  it('escapes <, >, & and the JavaScript line separators inside strings', async () => {
    const headline = 'Breaking </script><script>alert(1)</script> & more\u2028';
    const article = await app.strapi.documents(ARTICLE).create({ data: { headline } });
    await app.strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    const response = await app
      .http()
      .get(`/api/newsroom/articles/slug/${article.slug}/json-ld`)
      .expect(200);
    expect(response.text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(response.text).headline).toBe(headline);
  });
});

describe('drafts never leak (§5)', () => {
  it('no public answer carries a word that only drafts have', async () => {
    const SECRET = 'Zanzibarcorn';
    const documents = app.strapi.documents(ARTICLE);
    const day = '2020-05-05';
    // A published article whose draft has moved on, and an article that is only a draft.
    const live = await documents.create({
      data: {
        headline: 'Public words only',
        firstPublishedAt: `${day}T04:00:00.000Z`,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: '"Plain," Putin said.' }] }],
      } as never,
    });
    await documents.publish({ documentId: live.documentId });
    await documents.update({
      documentId: live.documentId,
      data: {
        headline: `Public words only ${SECRET}`,
        deck: SECRET,
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: `"${SECRET}," Putin said.` }] },
        ],
      },
    } as never);
    await documents.create({
      data: {
        headline: `${SECRET} draft`,
        firstPublishedAt: `${day}T05:00:00.000Z`,
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: `"${SECRET} secret," Erdogan said.` }],
          },
        ],
      } as never,
    });

    const answers = await Promise.all(
      [
        '/api/newsroom/articles',
        '/api/newsroom/articles?status=draft',
        '/api/newsroom/articles?populate=*',
        `/api/newsroom/articles/${live.documentId}?status=draft`,
        '/api/newsroom/quotes?populate=*',
        '/api/newsroom/related-news?populate=*',
        `/api/newsroom/top-news?date=${day}`,
        '/api/newsroom/articles/slug/public-words-only',
        '/api/newsroom/articles/slug/public-words-only/json-ld',
        '/api/newsroom/articles/slug/zanzibarcorn-draft',
      ].map((url) => app.http().get(url))
    );
    for (const answer of answers) expect(answer.text).not.toContain(SECRET);
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 404,
    ]);
  });
});

describe('public read defaults (§5)', () => {
  const publicPermissions = async () => {
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    const permissions = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id } });
    return permissions.map((permission: { action: string }) => permission.action);
  };

  it('grants the Public role the read actions on install', async () => {
    expect(await publicPermissions()).toEqual(expect.arrayContaining([...PUBLIC_READ_ACTIONS]));
  });

  it('a permission an administrator turns off stays off across restarts', async () => {
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { action: 'plugin::newsroom.quote.find' } });
    await app.strapi.destroy();
    app = await bootStrapiOn(app.database);
    expect(await publicPermissions()).not.toContain('plugin::newsroom.quote.find');
    expect(await publicPermissions()).toContain('plugin::newsroom.article.find');
    await app.http().get('/api/newsroom/quotes').expect(403);
  });
});
