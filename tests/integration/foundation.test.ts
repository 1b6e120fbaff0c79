import { contentManager } from './helpers/content-manager';
import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';

const app = useStrapi();

describe('the content model (spec §1, §3)', () => {
  it.each([
    [ARTICLE, 'newsroom_articles', true],
    ['plugin::newsroom.related-news', 'newsroom_related_news', false],
    ['plugin::newsroom.quote', 'newsroom_quotes', false],
  ])(
    '%s is registered with table %s, draftAndPublish %s, localized',
    (uid, table, draftAndPublish) => {
      const contentType = app.strapi.contentType(uid as never);
      expect(contentType.collectionName).toBe(table);
      expect(contentType.options?.draftAndPublish).toBe(draftAndPublish);
      expect(
        (contentType.pluginOptions as { i18n?: { localized?: boolean } }).i18n?.localized
      ).toBe(true);
    }
  );

  it.each([
    [
      ARTICLE,
      [
        'headline',
        'deck',
        'slug',
        'body',
        'summary',
        'byline',
        'agency',
        'datelineCity',
        'datelineCountry',
        'datelineTimeZone',
        'dateline',
        'datelineLocked',
        'firstPublishedAt',
        'editionDate',
        'section',
        'tags',
        'topNewsPriority',
        'excludeFromTopNews',
        'slugHistory',
        'quotes',
        'relatedNews',
      ],
    ],
    [
      'plugin::newsroom.related-news',
      ['title', 'url', 'article', 'list', 'editionDate', 'position', 'pinned', 'generated'],
    ],
    [
      'plugin::newsroom.quote',
      [
        'text',
        'speaker',
        'speakerTitle',
        'cue',
        'kind',
        'paragraph',
        'article',
        'generated',
        'featured',
      ],
    ],
  ])('%s has every field of the spec', (uid, fields) => {
    const attributes = app.strapi.contentType(uid as never).attributes;
    expect(Object.keys(attributes)).toEqual(expect.arrayContaining(fields));
  });

  it('types each article field as §3 says', () => {
    const attributes = app.strapi.contentType(ARTICLE).attributes as Record<
      string,
      Record<string, unknown>
    >;
    // text, not string: Strapi's string is varchar(255) on PostgreSQL and MariaDB.
    expect(attributes.headline).toMatchObject({ type: 'text', required: true, maxLength: 300 });
    expect(attributes.deck).toMatchObject({ type: 'text', maxLength: 500 });
    expect(attributes.slug).toMatchObject({ type: 'uid', targetField: 'headline' });
    expect(attributes.body).toMatchObject({ type: 'blocks' });
    expect(attributes.firstPublishedAt).toMatchObject({ type: 'datetime' });
    expect(attributes.editionDate).toMatchObject({ type: 'date' });
    expect(attributes.topNewsPriority).toMatchObject({ type: 'integer', default: 0 });
    expect(attributes.quotes).toMatchObject({
      type: 'relation',
      relation: 'oneToMany',
      target: 'plugin::newsroom.quote',
    });
    expect(attributes.relatedNews).toMatchObject({
      relation: 'manyToMany',
      target: 'plugin::newsroom.related-news',
    });
  });
});

describe('the Content Manager’s view of the types', () => {
  it('titles entries by headline, title and text, with readable labels and hints on generated fields', async () => {
    const configuration = async (uid: string) =>
      (
        await app
          .http()
          .get(`/content-manager/content-types/${uid}/configuration`)
          .set('Authorization', `Bearer ${app.adminToken}`)
          .expect(200)
      ).body.data.contentType;
    const article = await configuration(ARTICLE);
    expect(article.settings.mainField).toBe('headline');
    expect(article.metadatas.datelineCity.edit.label).toBe('Dateline city');
    expect(article.metadatas.slug.edit.description).toMatch(/Generated from the headline/);
    expect((await configuration('plugin::newsroom.related-news')).settings.mainField).toBe('title');
    expect((await configuration('plugin::newsroom.quote')).settings.mainField).toBe('text');
  });
});

describe('writing articles', () => {
  it('an editor creates and publishes an article through the Content Manager', async () => {
    const cm = contentManager(app, app.adminToken, ARTICLE);
    const created = await cm.create({ headline: 'Editors write here', deck: 'A deck' }).expect(201);
    const documentId = created.body.data.documentId as string;
    expect(created.body.data.publishedAt).toBeNull();

    await cm.publish(documentId).expect(200);

    const published = await app.strapi
      .documents(ARTICLE)
      .findOne({ documentId, status: 'published' });
    expect(published).toMatchObject({ headline: 'Editors write here', deck: 'A deck' });
  });

  it('a client with an API token creates an article through REST', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data: { headline: 'Filed over REST', byline: 'A. Reporter' } })
      .expect(201);
    expect(response.body.data).toMatchObject({
      headline: 'Filed over REST',
      byline: 'A. Reporter',
    });
    const stored = await app.strapi
      .documents(ARTICLE)
      .findOne({ documentId: response.body.data.documentId });
    expect(stored?.headline).toBe('Filed over REST');
  });

  it('the public cannot create, update or delete', async () => {
    await app
      .http()
      .post('/api/newsroom/articles')
      .send({ data: { headline: 'Anonymous' } })
      .expect(403);
    const [article] = await app.strapi
      .documents(ARTICLE)
      .findMany({ status: 'published', limit: 1 });
    await app
      .http()
      .put(`/api/newsroom/articles/${article.documentId}`)
      .send({ data: { headline: 'x' } })
      .expect(403);
    await app.http().delete(`/api/newsroom/articles/${article.documentId}`).expect(403);
    expect(await app.strapi.documents(ARTICLE).count({ filters: { headline: 'Anonymous' } })).toBe(
      0
    );
  });
});

describe('public reading (spec §5)', () => {
  let publishedId: string;
  let draftId: string;

  beforeAll(async () => {
    const documents = app.strapi.documents(ARTICLE);
    const published = await documents.create({ data: { headline: 'Out in the world' } });
    await documents.publish({ documentId: published.documentId });
    publishedId = published.documentId;
    draftId = (await documents.create({ data: { headline: 'Still a draft' } })).documentId;
  });

  it('lists published articles without any token', async () => {
    const response = await app.http().get('/api/newsroom/articles').expect(200);
    const headlines = response.body.data.map((article: { headline: string }) => article.headline);
    expect(headlines).toContain('Out in the world');
    expect(headlines).not.toContain('Still a draft');
  });

  it('never shows a draft to the public, even when asked for drafts', async () => {
    const list = await app
      .http()
      .get('/api/newsroom/articles')
      .query({ status: 'draft' })
      .expect(200);
    expect(list.body.data.map((article: { headline: string }) => article.headline)).not.toContain(
      'Still a draft'
    );
    await app
      .http()
      .get(`/api/newsroom/articles/${draftId}`)
      .query({ status: 'draft' })
      .expect(404);
    await app.http().get(`/api/newsroom/articles/${publishedId}`).expect(200);
  });

  it('shows drafts to a client with a token that asks for them', async () => {
    const response = await app
      .http()
      .get('/api/newsroom/articles')
      .query({ status: 'draft' })
      .set('Authorization', `Bearer ${app.apiToken}`)
      .expect(200);
    expect(response.body.data.map((article: { headline: string }) => article.headline)).toContain(
      'Still a draft'
    );
  });

  it.each(['/api/newsroom/related-news', '/api/newsroom/quotes'])(
    'serves %s to the public',
    async (path) => {
      const response = await app.http().get(path).expect(200);
      expect(Array.isArray(response.body.data)).toBe(true);
    }
  );
});
