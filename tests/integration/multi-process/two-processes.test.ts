import fs from 'node:fs';
import path from 'node:path';

import { LIBYA_TOP_NEWS } from '../../fixtures/stories/libya-truce';
import { TEST_ADMIN } from '../helpers/auth';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import {
  expectedTopNews,
  parallelRestCreates,
  type CreateStatus,
} from '../helpers/parallel-creates';
import { startStrapiProcess, type StrapiProcess } from '../helpers/processes';

const ARTICLE = 'plugin::newsroom.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const RELATED_NEWS_CM = '/content-manager/collection-types/plugin::newsroom.related-news';
const libya = fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'stories', 'libya-truce.txt'),
  'utf8'
);

let database: TestDatabase;
let servers: StrapiProcess[] = [];
let adminToken: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // One after the other: the first creates the schema, the second finds it.
  servers.push(await startStrapiProcess());
  servers.push(await startStrapiProcess());
  const registered = await servers[0]
    .http()
    .post('/admin/register-admin')
    .send(TEST_ADMIN)
    .expect(200);
  adminToken = registered.body.data.token;
}, 240_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
  await database?.drop();
});

describe('two Strapi processes on one database (§4.1.7, §10)', () => {
  it('40 parallel creates with one headline, split across both, give 40 distinct slugs and 40 articles', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        servers[i % 2]
          .http()
          .post(CM)
          .set('Authorization', `Bearer ${adminToken}`)
          .send({ headline: 'Russia and Turkey call for a truce' })
      )
    );
    expect(responses.map((response) => response.status)).toEqual(Array(40).fill(201));

    const listed = await servers[1]
      .http()
      .get(CM)
      .query({ pageSize: 100 })
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const slugs = listed.body.results.map((article: { slug: string }) => article.slug);
    expect(slugs).toHaveLength(40);
    expect(new Set(slugs).size).toBe(40);
    expect(slugs).toContain('russia-and-turkey-call-for-a-truce');
    expect(slugs).toContain('russia-and-turkey-call-for-a-truce-40');
  });

  it('40 parallel REST creates with one headline, published and draft, split across both: 40 articles, distinct slugs, exact top news', async () => {
    const created = await servers[0]
      .http()
      .post('/admin/api-tokens')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ name: 'two processes', type: 'full-access', lifespan: null })
      .expect(201);
    const day = '2021-03-16';
    // Strapi 5's REST create publishes unless asked for a draft: a quarter of them ask.
    const statuses: CreateStatus[] = Array.from({ length: 40 }, (_, i) =>
      i % 4 === 0 ? 'draft' : i % 2 ? 'published' : undefined
    );
    const responses = await parallelRestCreates(
      (i) => servers[i % 2].http(),
      created.body.data.accessKey,
      'Two processes publish one headline',
      day,
      statuses
    );
    expect(responses.map((response) => response.status)).toEqual(Array(40).fill(201));
    const slugs = responses.map((response) => response.body.data.slug as string);
    expect(new Set(slugs).size).toBe(40);
    expect(slugs).toContain('two-processes-publish-one-headline');

    const expected = expectedTopNews(statuses, slugs);
    for (const server of servers) {
      const list = await server
        .http()
        .get('/api/newsroom/top-news')
        .query({ date: day })
        .expect(200);
      expect(list.body.data.items.map((item: { slug: string }) => item.slug)).toEqual(expected);
    }
  });

  it('a settings change saved in one process holds at once in the other', async () => {
    const auth = { Authorization: `Bearer ${adminToken}` };
    const preview = () =>
      servers[1]
        .http()
        .post('/newsroom/preview')
        .set(auth)
        .send({
          headline: 'Style check',
          datelineCity: 'Beijing',
          firstPublishedAt: '2020-01-08T12:00:00Z',
        })
        .expect(200);
    expect((await preview()).body.data.dateline).toBe('BEIJING, Jan 8 (China Daily) -');

    await servers[0]
      .http()
      .put('/newsroom/settings')
      .set(auth)
      .send({ datelineStyle: 'ap-dated', agency: 'AP' })
      .expect(200);

    expect(
      (await servers[1].http().get('/newsroom/settings').set(auth).expect(200)).body.data
        .datelineStyle
    ).toBe('ap-dated');
    expect((await preview()).body.data.dateline).toBe('BEIJING, Jan. 8 (AP) —');
  });

  it('10 same-day publishes split across both end with exactly the list the rule gives', async () => {
    const auth = { Authorization: `Bearer ${adminToken}` };
    const day = '2020-04-01';
    const created = [];
    for (let i = 1; i <= 10; i += 1) {
      const response = await servers[i % 2]
        .http()
        .post(CM)
        .set(auth)
        .send({
          headline: `Parallel story ${i}`,
          topNewsPriority: i,
          firstPublishedAt: `${day}T04:00:00.000Z`,
        })
        .expect(201);
      created.push(response.body.data.documentId as string);
    }
    const published = await Promise.all(
      created.map((documentId, i) =>
        servers[i % 2].http().post(`${CM}/${documentId}/actions/publish`).set(auth).send({})
      )
    );
    expect(published.map((response) => response.status)).toEqual(Array(10).fill(200));

    const list = await servers[0]
      .http()
      .get('/api/newsroom/top-news')
      .query({ date: day })
      .expect(200);
    expect(list.body.data.items.map((item: { title: string }) => item.title)).toEqual(
      [10, 9, 8, 7, 6, 5].map((i) => `Parallel story ${i}`)
    );
    const stored = await servers[1]
      .http()
      .get(RELATED_NEWS_CM)
      .query({ pageSize: 100, filters: { editionDate: { $eq: day } } })
      .set(auth)
      .expect(200);
    expect(stored.body.results.map((entry: { position: number }) => entry.position).sort()).toEqual(
      [1, 2, 3, 4, 5, 6]
    );
  });

  it('the same story imported into both at once, twice each, gives four articles and pins its top news once', async () => {
    const auth = { Authorization: `Bearer ${adminToken}` };
    // An article with one of the story's top-news headlines, for the pin to link to.
    const linked = await servers[0]
      .http()
      .post(CM)
      .set(auth)
      .send({ headline: LIBYA_TOP_NEWS[2] })
      .expect(201);
    await servers[0]
      .http()
      .post(`${CM}/${linked.body.data.documentId}/actions/publish`)
      .set(auth)
      .send({})
      .expect(200);

    const imports = await Promise.all(
      [0, 1, 0, 1].map((i) =>
        servers[i].http().post('/newsroom/import').set(auth).send({ text: libya, publish: true })
      )
    );
    expect(imports.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const articles = imports.map((response) => response.body.data.article);
    expect(articles.map((article) => article.slug).sort()).toEqual(
      ['', '-2', '-3', '-4'].map((suffix) => `joint-work-on-truce-in-libya-urged${suffix}`)
    );
    const day = articles[0].editionDate;
    expect(articles.every((article) => article.editionDate === day)).toBe(true);

    const stored = await servers[1]
      .http()
      .get(RELATED_NEWS_CM)
      .query({
        pageSize: 100,
        filters: { editionDate: { $eq: day }, list: { $eq: 'top-news' } },
        populate: ['article'],
      })
      .set(auth)
      .expect(200);
    const pins = stored.body.results.filter((entry: { pinned: boolean }) => entry.pinned);
    expect(pins.map((pin: { title: string }) => pin.title).sort()).toEqual(
      [...LIBYA_TOP_NEWS].sort()
    );
    expect(
      pins.find((pin: { title: string }) => pin.title === LIBYA_TOP_NEWS[2]).article.documentId
    ).toBe(linked.body.data.documentId);

    const served = await servers[0]
      .http()
      .get('/api/newsroom/top-news')
      .query({ date: day })
      .expect(200);
    expect(served.body.data.items.map((item: { title: string }) => item.title)).toEqual(
      LIBYA_TOP_NEWS
    );
  });
});
