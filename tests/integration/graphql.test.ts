import fs from 'fs';
import path from 'path';

import { createFullAccessToken } from './helpers/auth';
import { bootDemo, stopDemo } from './helpers/demo';
import type { TestStrapi } from './helpers/strapi';

/**
 * GraphQL (spec §16) as a frontend asks it: POST /graphql, anonymously or with an API token, on the
 * demo's Libya story. The write rules are in the write-path matrix's GraphQL rows and the
 * published-only reads in the no-leak oracle; here: the names, the plugin's queries, the examples
 * of docs/graphql.md exactly as printed there, permissions, and bad arguments.
 */

const ARTICLE = 'plugin::newsroom.article';
const LIBYA = 'joint-work-on-truce-in-libya-urged';

let app: TestStrapi;
let token: string;

const graphql = (query: string, variables: object = {}, bearer?: string) => {
  const request = app.http().post('/graphql');
  if (bearer) request.set('Authorization', `Bearer ${bearer}`);
  return request.send({ query, variables });
};

beforeAll(async () => {
  app = await bootDemo();
  token = await createFullAccessToken(app);
});

afterAll(async () => {
  await stopDemo(app);
});

describe('docs/graphql.md: each example query answers what the page shows', () => {
  const page = fs.readFileSync(path.join(__dirname, '../../docs/graphql.md'), 'utf8');
  const examples = [...page.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)].map(
    ([, query, answer]) => ({ query, answer })
  );

  it('has its examples', () => expect(examples).toHaveLength(4));

  it.each(examples.map((example, i) => [i + 1, example] as const))(
    'example %d',
    async (_n, { query, answer }) => {
      const response = await graphql(query);
      expect(response.body).toEqual(JSON.parse(answer));
    }
  );
});

describe('the schema', () => {
  it('has the plugin’s types under Strapi’s names for a plugin’s types, and the plugin’s two queries', async () => {
    const { body } = await graphql(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
      {},
      token
    );
    const queries = body.data.__schema.queryType.fields.map(
      (field: { name: string }) => field.name
    );
    const mutations = body.data.__schema.mutationType.fields.map(
      (field: { name: string }) => field.name
    );
    expect(queries).toEqual(
      expect.arrayContaining([
        'newsroomArticles',
        'newsroomArticle',
        'newsroomQuotes',
        'newsroomQuote',
        'newsroomRelatedNewsItems',
        'newsroomRelatedNews',
        'newsroomArticleBySlug',
        'newsroomTopNews',
      ])
    );
    expect(mutations).toEqual(
      expect.arrayContaining([
        'createNewsroomArticle',
        'updateNewsroomArticle',
        'deleteNewsroomArticle',
        'createNewsroomQuote',
      ])
    );
  });
});

describe('newsroomArticleBySlug and newsroomTopNews', () => {
  it('answers an old slug with the current article, and nothing for a draft or an unknown slug', async () => {
    const [libya] = await app.strapi
      .documents(ARTICLE)
      .findMany({ filters: { slug: LIBYA }, status: 'published' } as never);
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: libya.documentId, data: { slug: 'libya-truce-call' } } as never);
    await app.strapi.documents(ARTICLE).publish({ documentId: libya.documentId } as never);
    const draft = await app.strapi
      .documents(ARTICLE)
      .create({ data: { headline: 'An unpublished scoop' } } as never);

    const bySlug = async (slug: string) =>
      (
        await graphql(
          'query ($slug: String!) { newsroomArticleBySlug(slug: $slug) { documentId slug } }',
          { slug }
        )
      ).body;
    expect(await bySlug(LIBYA)).toEqual({
      data: { newsroomArticleBySlug: { documentId: libya.documentId, slug: 'libya-truce-call' } },
    });
    expect(await bySlug('LIBYA-TRUCE-CALL')).toEqual({
      data: { newsroomArticleBySlug: { documentId: libya.documentId, slug: 'libya-truce-call' } },
    });
    expect(await bySlug(draft.slug)).toEqual({ data: { newsroomArticleBySlug: null } });
    expect(await bySlug('no-such-story')).toEqual({ data: { newsroomArticleBySlug: null } });

    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: libya.documentId, data: { slug: LIBYA } } as never);
    await app.strapi.documents(ARTICLE).publish({ documentId: libya.documentId } as never);
    await app.strapi.documents(ARTICLE).delete({ documentId: draft.documentId } as never);
  });

  it('a list of one day’s articles reads that day’s box once, and each article’s box leaves the article out', async () => {
    const day = '2021-05-04';
    const created = [];
    for (const [index, headline] of ['Port reopens', 'Talks resume', 'Aid arrives'].entries()) {
      created.push(
        await app.strapi.documents(ARTICLE).create({
          data: { headline, firstPublishedAt: `${day}T0${index + 1}:00:00Z` },
          status: 'published',
        } as never)
      );
    }
    const rest = (await app.http().get(`/api/newsroom/top-news?date=${day}`).expect(200)).body.data;
    expect(rest.items.map((item: { slug: string }) => item.slug).sort()).toEqual(
      created.map((article) => article.slug).sort()
    );

    const boxReads: string[] = [];
    const record = ({ sql }: { sql: string }) => {
      if (/[`"]rn[`"]\.[`"]title[`"]/u.test(sql)) boxReads.push(sql);
    };
    app.strapi.db.connection.on('query', record);
    let body;
    try {
      ({ body } = await graphql(
        `{ newsroomArticles(filters: { editionDate: { eq: "${day}" } }) { slug topNews { slug position } } }`
      ));
    } finally {
      app.strapi.db.connection.off('query', record);
    }
    expect(body.errors).toBeUndefined();
    expect(body.data.newsroomArticles).toHaveLength(3);
    for (const article of body.data.newsroomArticles) {
      const others = rest.items.filter((item: { slug: string }) => item.slug !== article.slug);
      expect(article.topNews).toEqual(
        others.map((item: { slug: string }, index: number) => ({
          slug: item.slug,
          position: index + 1,
        }))
      );
    }
    expect(boxReads).toHaveLength(1);

    for (const article of created)
      await app.strapi.documents(ARTICLE).delete({ documentId: article.documentId } as never);
  });

  it('newsroomTopNews answers what REST’s /top-news answers, for each argument', async () => {
    for (const [args, query] of [
      ['date: "2020-01-08"', 'date=2020-01-08'],
      ['date: "2020-01-08", limit: 2', 'date=2020-01-08&limit=2'],
      ['date: "2020-01-08", locale: "en"', 'date=2020-01-08&locale=en'],
      ['date: "2020-01-09"', 'date=2020-01-09'],
    ]) {
      const rest = await app.http().get(`/api/newsroom/top-news?${query}`).expect(200);
      const { body } = await graphql(
        `{ newsroomTopNews(${args}) { date locale items { position title url slug pinned } } }`
      );
      expect(body).toEqual({ data: { newsroomTopNews: rest.body.data } });
    }
  });
});

describe('bad arguments: GraphQL errors carrying the REST 400’s message and field', () => {
  const errorOf = (body: any) => ({
    message: body.errors?.[0]?.message,
    path: body.errors?.[0]?.extensions?.error?.details?.errors?.[0]?.path,
  });

  it.each([
    ['a headline of white space', { headline: '   ' }],
    ['a slug another article holds', { headline: 'Another story', slug: LIBYA }],
    ['a body that is not blocks', { headline: 'Another story', body: 'plain text' }],
    ['a reserved slug', { headline: 'Another story', slug: 'api' }],
  ])('createNewsroomArticle with %s', async (_name, data) => {
    const before = await app.strapi.db.query(ARTICLE).count();
    const rest = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data })
      .expect(400);
    const { body } = await graphql(
      'mutation ($data: NewsroomArticleInput!) { createNewsroomArticle(data: $data) { documentId } }',
      { data },
      token
    );
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errorOf(body)).toEqual({
      message: rest.body.error.message,
      path: rest.body.error.details.errors[0].path,
    });
    expect(await app.strapi.db.query(ARTICLE).count()).toBe(before);
  });

  it.each([
    ['date: "2020-02-30"', 'date=2020-02-30'],
    ['date: "8 Jan 2020"', 'date=8%20Jan%202020'],
    ['limit: 0', 'limit=0'],
    ['limit: 51', 'limit=51'],
  ])('newsroomTopNews(%s)', async (args, query) => {
    const rest = await app.http().get(`/api/newsroom/top-news?${query}`).expect(400);
    const { body } = await graphql(`{ newsroomTopNews(${args}) { date } }`);
    expect(errorOf(body)).toEqual({
      message: rest.body.error.message,
      path: rest.body.error.details.errors[0].path,
    });
  });
});

describe('permissions: each query asks the permission of the REST route it mirrors', () => {
  it('the public cannot write', async () => {
    const { body } = await graphql(
      'mutation { createNewsroomArticle(data: { headline: "Anonymous" }) { documentId } }'
    );
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('without article-by-slug.findOne, newsroomArticleBySlug is forbidden; without top-news.find, so are newsroomTopNews and NewsroomArticle.topNews', async () => {
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const revoke = (action: string) =>
      permissions.delete({ where: { action, role: { type: 'public' } } });
    const publicRole = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    await revoke('plugin::newsroom.article-by-slug.findOne');
    await revoke('plugin::newsroom.top-news.find');
    try {
      const codes = async (query: string) =>
        (await graphql(query)).body.errors?.map(
          (error: { extensions: { code: string } }) => error.extensions.code
        );
      expect(await codes(`{ newsroomArticleBySlug(slug: "${LIBYA}") { slug } }`)).toEqual([
        'FORBIDDEN',
      ]);
      expect(await codes('{ newsroomTopNews { date } }')).toEqual(['FORBIDDEN']);
      expect(
        await codes(
          `{ newsroomArticles(filters: { slug: { eq: "${LIBYA}" } }) { topNews { title } } }`
        )
      ).toEqual(['FORBIDDEN']);
      expect(
        await codes(`{ newsroomArticles(filters: { slug: { eq: "${LIBYA}" } }) { slug } }`)
      ).toBeUndefined();
    } finally {
      for (const action of [
        'plugin::newsroom.article-by-slug.findOne',
        'plugin::newsroom.top-news.find',
      ])
        await permissions.create({ data: { action, role: publicRole.id } });
    }
  });
});
