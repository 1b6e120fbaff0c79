import fc from 'fast-check';

import { contentManager } from './helpers/content-manager';
import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';
const RELATED_NEWS = 'plugin::newsroom.related-news';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const app = useStrapi();

const counts = async () => ({
  articles: await app.strapi.db.query(ARTICLE).count(),
  entries: await app.strapi.db.query(RELATED_NEWS).count(),
});

beforeAll(async () => {
  await app.strapi.documents(ARTICLE).create({ data: { headline: 'Already here' } });
});

/** The §9 table: each a 400 in Strapi's error shape naming the field, with nothing written. */
const BAD_ARTICLES: [string, Record<string, unknown>, string][] = [
  ['an empty headline', { headline: '' }, 'headline'],
  ['a white-space headline', { headline: '   \t ' }, 'headline'],
  ['a missing headline', { deck: 'No headline at all' }, 'headline'],
  ['a headline over 300 characters', { headline: 'x'.repeat(301) }, 'headline'],
  [
    'an invalid time zone',
    { headline: 'Zone', datelineTimeZone: 'Mars/Olympus_Mons' },
    'datelineTimeZone',
  ],
  ['a slug another article holds', { headline: 'Copycat', slug: 'already-here' }, 'slug'],
  [
    'a priority that is not an integer',
    { headline: 'Priority', topNewsPriority: 'high' },
    'topNewsPriority',
  ],
  ['a fractional priority', { headline: 'Priority', topNewsPriority: 1.5 }, 'topNewsPriority'],
  [
    'an unreadable firstPublishedAt',
    { headline: 'When', firstPublishedAt: 'garbage' },
    'firstPublishedAt',
  ],
  [
    'a dateline city that is an object',
    { headline: 'Where', datelineCity: { a: 1 } },
    'datelineCity',
  ],
  [
    'a dateline country that is an array',
    { headline: 'Where', datelineCity: 'Istanbul', datelineCountry: ['Turkey'] },
    'datelineCountry',
  ],
  [
    'a time zone that is a number',
    { headline: 'Where', datelineCity: 'Istanbul', datelineTimeZone: 3 },
    'datelineTimeZone',
  ],
  ['an agency that is an object', { headline: 'Who', agency: { name: 'AP' } }, 'agency'],
  ['a body sent as a string', { headline: 'Body', body: 'plain text' }, 'body'],
  ['a body sent as a number', { headline: 'Body', body: 42 }, 'body'],
  ['tags that are not strings', { headline: 'Tags', tags: [1, 2] }, 'tags'],
];

const BAD_ENTRIES: [string, Record<string, unknown>, string][] = [
  ['a url that is not http(s)', { title: 'Link', url: 'ftp://example.com/story' }, 'url'],
  ['a javascript: url', { title: 'Link', url: 'javascript:alert(1)' }, 'url'],
  ['an entry without a title', { url: 'https://example.com' }, 'title'],
];

function expectFieldError(body: any, field: string) {
  expect(body.error).toMatchObject({ status: 400, name: 'ValidationError' });
  const paths = (body.error.details?.errors ?? []).map((error: { path: string[] }) =>
    error.path.join('.')
  );
  expect(paths).toContain(field);
}

describe('bad writes are a 400 naming the field, and write nothing (§9)', () => {
  it.each(BAD_ARTICLES)('REST: %s', async (_name, data, field) => {
    const before = await counts();
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data })
      .expect(400);
    expectFieldError(response.body, field);
    expect(await counts()).toEqual(before);
  });

  it.each(BAD_ARTICLES)('Content Manager: %s', async (_name, data, field) => {
    const before = await counts();
    const response = await contentManager(app, app.adminToken, ARTICLE).create(data).expect(400);
    expectFieldError(response.body, field);
    expect(await counts()).toEqual(before);
  });

  it.each(BAD_ARTICLES)('strapi.documents: %s', async (_name, data, field) => {
    const before = await counts();
    const error = await app.strapi
      .documents(ARTICLE)
      .create({ data } as never)
      .then(
        () => null,
        (thrown: any) => thrown
      );
    expect(error).toMatchObject({ name: 'ValidationError' });
    expect(
      (error.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'))
    ).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it.each(BAD_ENTRIES)('REST, related news: %s', async (_name, data, field) => {
    const before = await counts();
    const response = await app
      .http()
      .post('/api/newsroom/related-news')
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data })
      .expect(400);
    expectFieldError(response.body, field);
    expect(await counts()).toEqual(before);
  });

  it('an update that blanks the headline is refused too, and changes nothing', async () => {
    const article = await app.strapi.documents(ARTICLE).create({ data: { headline: 'Keep me' } });
    const response = await app
      .http()
      .put(`/api/newsroom/articles/${article.documentId}`)
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data: { headline: '  ' } })
      .expect(400);
    expectFieldError(response.body, 'headline');
    expect(
      (await app.strapi.documents(ARTICLE).findOne({ documentId: article.documentId }))!.headline
    ).toBe('Keep me');
  });
});

describe('hostile but valid headlines are accepted with a clean slug (§9)', () => {
  it.each([
    ['emoji only', '🔥🚀🎉'],
    ['punctuation only', '?!…—!!'],
    ['HTML', '<img src=x onerror=alert(1)> Breaking <b>news</b>'],
    ['SQL', "'; DROP TABLE newsroom_articles; --"],
    ['right-to-left', 'وقف إطلاق النار في ليبيا'],
    ['Hebrew', 'הפסקת אש בלוב'],
    ['300 characters of mixed scripts', 'Libya 利比亚 Ливия ليبيا Λιβύη '.repeat(10).slice(0, 300)],
  ])('%s', async (_name, headline) => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data: { headline } })
      .expect(201);
    expect(response.body.data.headline).toBe(headline);
    expect(response.body.data.slug).toMatch(SLUG);
    expect(response.body.data.slug.length).toBeLessThanOrEqual(96);
  });
});

describe('any JSON value in any article field (§9, property)', () => {
  const FIELDS = [
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
  ];

  it('is answered 201 or 400, never a 500, and a 400 writes nothing', async () => {
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIELDS),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        async (field, value, publish) => {
          serial += 1;
          const data = { headline: `Property ${serial}`, datelineCity: 'Istanbul', [field]: value };
          const before = await counts();
          const response = await app
            .http()
            .post('/api/newsroom/articles')
            .query({ status: publish ? 'published' : 'draft' })
            .set('Authorization', `Bearer ${app.apiToken}`)
            .send({ data });
          expect([201, 400]).toContain(response.status);
          if (response.status === 400) expect(await counts()).toEqual(before);
        }
      ),
      { numRuns: 200 }
    );
  });
});
