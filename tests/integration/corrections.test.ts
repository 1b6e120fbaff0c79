import { parseFeed } from '@rowanmanning/feed-parser';

import { contentManager } from './helpers/content-manager';
import { useStrapi } from './helpers/suite';

/**
 * Correction notes (docs/corrections.md) as clients write and read them: REST with a token, the
 * Content Manager, GraphQL; the article page, its JSON-LD, the feeds; and the public, which never
 * reads a note of an unpublished article.
 */
const ARTICLE = 'plugin::newsroom.article';
const CORRECTION = 'plugin::newsroom.correction';
const app = useStrapi();

const bearer = () => ({ Authorization: `Bearer ${app.apiToken}` });
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

interface Article {
  documentId: string;
  slug: string;
  firstPublishedAt: string;
  updatedAt: string;
}
interface Note {
  documentId: string;
  kind: string;
  text: string;
  at: string;
}

async function publishArticle(headline: string, firstPublishedAt = hoursAgo(48)): Promise<Article> {
  const response = await app
    .http()
    .post('/api/newsroom/articles')
    .set(bearer())
    .send({ data: { headline, firstPublishedAt, body: [] } })
    .expect(201);
  return response.body.data;
}

const postNote = (data: Record<string, unknown>) =>
  app.http().post('/api/newsroom/corrections').set(bearer()).send({ data });

async function addNote(data: Record<string, unknown>): Promise<Note> {
  const response = await postNote(data);
  expect(response.status).toBe(201);
  return response.body.data;
}

/** The article's rows as stored (draft and published), straight from the database. */
const storedRows = (documentId: string) =>
  app.strapi.db.query(ARTICLE).findMany({
    where: { documentId },
    select: ['publishedAt', 'updatedAt', 'firstPublishedAt', 'lastSignificantUpdateAt'],
  }) as Promise<{ lastSignificantUpdateAt: string | null; updatedAt: string }[]>;

async function lastSignificantUpdates(documentId: string) {
  const rows = await storedRows(documentId);
  return rows.map(
    (row) => row.lastSignificantUpdateAt && new Date(row.lastSignificantUpdateAt).toISOString()
  );
}

const noteCount = () => app.strapi.db.query(CORRECTION).count();

const bySlug = async (slug: string) =>
  (await app.http().get(`/api/newsroom/articles/slug/${slug}`).expect(200)).body.data;
const jsonLd = async (slug: string) =>
  JSON.parse(
    (await app.http().get(`/api/newsroom/articles/slug/${slug}/json-ld`).expect(200)).text
  );

describe('notes on a published article', () => {
  let article: Article;
  let older: Note;
  let newer: Note;

  beforeAll(async () => {
    article = await publishArticle('Ceasefire talks begin in Moscow');
  });

  it('starts with lastSignificantUpdateAt at the first publication, on both rows', async () => {
    expect(await lastSignificantUpdates(article.documentId)).toEqual([
      article.firstPublishedAt,
      article.firstPublishedAt,
    ]);
  });

  it('a note created over REST moves lastSignificantUpdateAt, not the article’s updatedAt', async () => {
    const rowsBefore = await storedRows(article.documentId);
    older = await addNote({
      kind: 'clarification',
      text: 'The talks are indirect.',
      at: hoursAgo(30),
      article: article.documentId,
    });
    expect(older).toMatchObject({ kind: 'clarification', text: 'The talks are indirect.' });
    expect(await lastSignificantUpdates(article.documentId)).toEqual([older.at, older.at]);
    expect((await storedRows(article.documentId)).map((row) => row.updatedAt)).toEqual(
      rowsBefore.map((row) => row.updatedAt)
    );
  });

  it('a note without `at` is dated now and is a correction by default', async () => {
    const before = Date.now();
    newer = await addNote({
      text: '  An earlier version misnamed the envoy.  ',
      article: article.documentId,
    });
    expect(newer.kind).toBe('correction');
    expect(newer.text).toBe('An earlier version misnamed the envoy.');
    expect(new Date(newer.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await lastSignificantUpdates(article.documentId)).toEqual([newer.at, newer.at]);
  });

  it('the article page lists the notes newest first, and its JSON-LD carries them', async () => {
    const page = await bySlug(article.slug);
    expect(page.corrections.map((note: Note) => note.text)).toEqual([newer.text, older.text]);
    expect(page.lastSignificantUpdateAt).toBe(newer.at);
    const markup = await jsonLd(article.slug);
    expect(markup.dateModified).toBe(newer.at);
    expect(markup.datePublished).toBe(article.firstPublishedAt);
    expect(markup.correction).toEqual([
      { '@type': 'CorrectionComment', text: newer.text, datePublished: newer.at },
      { '@type': 'CorrectionComment', text: older.text, datePublished: older.at },
    ]);
  });

  it('a typo fix republished moves updatedAt but not dateModified, Atom’s updated or lastmod', async () => {
    await app
      .http()
      .put(`/api/newsroom/articles/${article.documentId}`)
      .set(bearer())
      .send({ data: { headline: 'Ceasefire talks begin in Moscow', deck: 'Typo fixed' } })
      .expect(200);
    const published = await app.strapi.documents(ARTICLE).findOne({
      documentId: article.documentId,
      status: 'published',
    });
    expect(published!.updatedAt).not.toBe(article.updatedAt);
    expect((await jsonLd(article.slug)).dateModified).toBe(newer.at);

    const atom = parseFeed((await app.http().get('/api/newsroom/feeds/atom.xml').expect(200)).text);
    const entry = atom.items.find((item) => item.title === 'Ceasefire talks begin in Moscow');
    expect(entry!.updated!.toISOString()).toBe(newer.at);
    const sitemap = (await app.http().get('/api/newsroom/feeds/sitemap.xml').expect(200)).text;
    expect(sitemap).toMatch(
      new RegExp(`${article.slug}</loc>\\s*<lastmod>${newer.at.replace(/\.000Z$/, '')}`)
    );
  });

  it('editing a note’s time and deleting notes move lastSignificantUpdateAt back', async () => {
    const earlier = hoursAgo(40);
    await app
      .http()
      .put(`/api/newsroom/corrections/${newer.documentId}`)
      .set(bearer())
      .send({ data: { at: earlier } })
      .expect(200);
    expect(await lastSignificantUpdates(article.documentId)).toEqual([older.at, older.at]);

    await app
      .http()
      .delete(`/api/newsroom/corrections/${older.documentId}`)
      .set(bearer())
      .expect(204);
    expect(await lastSignificantUpdates(article.documentId)).toEqual([earlier, earlier]);
    await app
      .http()
      .delete(`/api/newsroom/corrections/${newer.documentId}`)
      .set(bearer())
      .expect(204);
    expect(await lastSignificantUpdates(article.documentId)).toEqual([
      article.firstPublishedAt,
      article.firstPublishedAt,
    ]);
    expect((await jsonLd(article.slug)).correction).toBeUndefined();
  });

  it('deleting the article deletes its notes', async () => {
    const doomed = await publishArticle('Envoy recalled after talks stall');
    await addNote({
      text: 'Updated with the envoy’s statement.',
      kind: 'update',
      article: doomed.documentId,
    });
    const before = await noteCount();
    await app
      .http()
      .delete(`/api/newsroom/articles/${doomed.documentId}`)
      .set(bearer())
      .expect(204);
    expect(await noteCount()).toBe(before - 1);
  });
});

describe('bad notes: a 400 naming the field, nothing written', () => {
  let published: Article;
  let draftOnly: { documentId: string };

  beforeAll(async () => {
    published = await publishArticle('Truce monitors arrive in Tripoli', hoursAgo(10));
    draftOnly = (
      await app
        .http()
        .post('/api/newsroom/articles?status=draft')
        .set(bearer())
        .send({ data: { headline: 'A story not yet out' } })
        .expect(201)
    ).body.data;
  });

  const cases: [string, () => Record<string, unknown>, string][] = [
    [
      'an unknown kind',
      () => ({ kind: 'retraction', text: 'x', article: published.documentId }),
      'kind',
    ],
    ['empty text', () => ({ text: '', article: published.documentId }), 'text'],
    ['text of white space only', () => ({ text: '  \n ', article: published.documentId }), 'text'],
    ['no text', () => ({ article: published.documentId }), 'text'],
    ['no article', () => ({ text: 'x' }), 'article'],
    [
      'an article that does not exist',
      () => ({ text: 'x', article: 'nosuchdocument00000000000' }),
      'article',
    ],
    ['an article never published', () => ({ text: 'x', article: draftOnly.documentId }), 'article'],
    [
      '`at` in the future',
      () => ({ text: 'x', at: hoursAgo(-2), article: published.documentId }),
      'at',
    ],
    [
      '`at` before the first publication',
      () => ({ text: 'x', at: hoursAgo(11), article: published.documentId }),
      'at',
    ],
    [
      '`at` that is not a date',
      () => ({ text: 'x', at: 'last week', article: published.documentId }),
      'at',
    ],
  ];

  it.each(cases)('REST: %s', async (_name, data, field) => {
    const before = await noteCount();
    const response = await postNote(data());
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual([field]);
    expect(await noteCount()).toBe(before);
  });

  it.each(cases)('Content Manager: %s', async (_name, data, field) => {
    const before = await noteCount();
    const { article, ...fields } = data();
    const response = await contentManager(app, app.adminToken, CORRECTION).create({
      ...fields,
      ...(article !== undefined && {
        article: { connect: [{ documentId: article }], disconnect: [] },
      }),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual([field]);
    expect(await noteCount()).toBe(before);
  });

  it('an update to bad values is refused and leaves the note as it was', async () => {
    const note = await addNote({ text: 'Fine.', article: published.documentId });
    for (const [data, field] of [
      [{ text: ' ' }, 'text'],
      [{ kind: 'erratum' }, 'kind'],
      [{ at: hoursAgo(-5) }, 'at'],
      [{ article: null }, 'article'],
      [{ article: draftOnly.documentId }, 'article'],
    ] as const) {
      const response = await app
        .http()
        .put(`/api/newsroom/corrections/${note.documentId}`)
        .set(bearer())
        .send({ data });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual([field]);
    }
    const stored = await app.strapi.documents(CORRECTION).findOne({
      documentId: note.documentId,
      populate: { article: true },
    });
    expect(stored).toMatchObject({ text: 'Fine.', kind: 'correction', at: note.at });
    expect(stored!.article).toMatchObject({ documentId: published.documentId });
  });
});

describe('the Content Manager and GraphQL write notes too', () => {
  it('a note created in the Content Manager (connect, as the admin panel sends it) moves the article', async () => {
    const article = await publishArticle('Foreign ministers meet in Istanbul');
    const response = await contentManager(app, app.adminToken, CORRECTION).create({
      kind: 'update',
      text: 'Adds the joint statement.',
      article: { connect: [{ documentId: article.documentId, locale: 'en' }], disconnect: [] },
    });
    expect(response.status).toBe(201);
    const at = response.body.data.at;
    expect(await lastSignificantUpdates(article.documentId)).toEqual([at, at]);
  });

  it('a note created through GraphQL moves the article; a bad one is an error and writes nothing', async () => {
    const article = await publishArticle('Rival forces agree to talks');
    const mutation = `mutation($data: NewsroomCorrectionInput!) {
      createNewsroomCorrection(data: $data) { documentId at text }
    }`;
    const send = (data: Record<string, unknown>) =>
      app.http().post('/graphql').set(bearer()).send({ query: mutation, variables: { data } });
    const created = await send({ text: 'A name was misspelt.', article: article.documentId });
    expect(created.body.errors).toBeUndefined();
    const { at } = created.body.data.createNewsroomCorrection;
    expect(await lastSignificantUpdates(article.documentId)).toEqual([at, at]);

    const before = await noteCount();
    const refused = await send({ text: '   ', article: article.documentId });
    expect(refused.body.errors[0].message).toMatch(/text/);
    expect(refused.body.errors[0].extensions.error.details.errors[0].path).toEqual(['text']);
    expect(await noteCount()).toBe(before);
  });
});

describe('the public never reads notes of an unpublished article', () => {
  let hidden: Article;
  let shown: Article;

  beforeAll(async () => {
    hidden = await publishArticle('Story later withdrawn');
    shown = await publishArticle('Story that stays up');
    await addNote({ text: 'Secret-ish draft note', article: hidden.documentId });
    await addNote({ text: 'Public note', article: shown.documentId });
    await contentManager(app, app.adminToken, ARTICLE).unpublish(hidden.documentId).expect(200);
  });

  it('REST lists and filters only the published article’s notes', async () => {
    const all = (
      await app.http().get('/api/newsroom/corrections?pagination[pageSize]=100').expect(200)
    ).body.data;
    const texts = all.map((note: Note) => note.text);
    expect(texts).toContain('Public note');
    expect(texts).not.toContain('Secret-ish draft note');
    const filtered = await app
      .http()
      .get('/api/newsroom/corrections')
      .query({ 'filters[article][headline][$contains]': 'withdrawn' })
      .expect(200);
    expect(filtered.body.data).toEqual([]);
  });

  it('GraphQL lists only the published article’s notes, even asked for drafts', async () => {
    const response = await app.http().post('/graphql').send({
      query: '{ newsroomCorrections(pagination: { pageSize: 100 }) { text article { headline } } }',
    });
    expect(response.body.errors).toBeUndefined();
    const texts = response.body.data.newsroomCorrections.map((note: { text: string }) => note.text);
    expect(texts).toContain('Public note');
    expect(texts).not.toContain('Secret-ish draft note');
  });

  it('a token asking for drafts still reads them (editors’ tools), as for quotes', async () => {
    const all = (
      await app
        .http()
        .get('/api/newsroom/corrections?status=draft&pagination[pageSize]=100')
        .set(bearer())
        .expect(200)
    ).body.data;
    expect(all.map((note: Note) => note.text)).toContain('Secret-ish draft note');
  });
});
