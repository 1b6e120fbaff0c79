import { loginAdminWithRole } from './helpers/auth';
import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';
const RELATED_NEWS = 'plugin::newsroom.related-news';
const QUOTE = 'plugin::newsroom.quote';
const CORRECTION = 'plugin::newsroom.correction';

/** Who asks. The last, `allowed`, is the control: a full-access API token on the content API, the super admin on admin routes. */
const WHO = ['anonymous', 'endUser', 'readOnlyToken', 'editor', 'allowed'] as const;
type Who = (typeof WHO)[number];

interface Fixture {
  article: string;
  relatedNews: string;
  quote: string;
  correction: string;
  /** One document of each type for the allowed DELETE. */
  victims: Record<'articles' | 'related-news' | 'quotes' | 'corrections', string>;
}

type Body = Record<string, unknown>;

interface Route {
  method: 'get' | 'post' | 'put' | 'delete';
  path: (fixture: Fixture) => string;
  body?: Body | ((fixture: Fixture) => Body);
  admin?: boolean;
  expected: Record<Who, number>;
}

const app = useStrapi();
let fixture: Fixture;
const bearer: Record<Who, Record<'api' | 'admin', string | null>> = {} as never;

beforeAll(async () => {
  const editor = await loginAdminWithRole(app, 'strapi-editor');
  const endUser = await app
    .http()
    .post('/api/auth/local/register')
    .send({ username: 'reader', email: 'reader@newsroom.test', password: 'Reader-pass-1' })
    .expect(200);
  Object.assign(bearer, {
    anonymous: { api: null, admin: null },
    endUser: { api: endUser.body.jwt, admin: endUser.body.jwt },
    readOnlyToken: { api: app.readOnlyToken, admin: app.readOnlyToken },
    editor: { api: editor, admin: editor },
    allowed: { api: app.apiToken, admin: app.adminToken },
  });

  const documents = (uid: string) => app.strapi.documents(uid as never);
  const article = async (headline: string) =>
    (await documents(ARTICLE).create({ data: { headline }, status: 'published' } as never))
      .documentId;
  const relatedNews = async (title: string) =>
    (await documents(RELATED_NEWS).create({ data: { title, list: 'related' } } as never))
      .documentId;
  const quote = async (articleId: string) =>
    (
      await documents(QUOTE).create({
        data: { text: 'We hold the line', speaker: 'the editor', article: articleId },
      } as never)
    ).documentId;
  const correction = async (articleId: string) =>
    (
      await documents(CORRECTION).create({
        data: { text: 'A name was misspelt', article: articleId },
      } as never)
    ).documentId;
  const articleId = await article('Permission check story');
  fixture = {
    article: articleId,
    relatedNews: await relatedNews('A related link'),
    quote: await quote(articleId),
    correction: await correction(articleId),
    victims: {
      articles: await article('Story to delete'),
      'related-news': await relatedNews('Link to delete'),
      quotes: await quote(articleId),
      corrections: await correction(articleId),
    },
  };
});

// Public reads, as granted on install: the Public role may, a logged-in end user's role (Authenticated)
// was granted nothing, an admin's JWT is no content-API credential.
const PUBLIC_READ = { anonymous: 200, endUser: 403, readOnlyToken: 200, editor: 401, allowed: 200 };
const WRITE = (done: number) => ({
  anonymous: 403,
  endUser: 403,
  readOnlyToken: 403,
  editor: 401,
  allowed: done,
});
// Admin routes: no admin JWT is 401; Strapi's Editor role lacks the plugin's actions.
const ADMIN_WITH_ACTION = {
  anonymous: 401,
  endUser: 401,
  readOnlyToken: 401,
  editor: 403,
  allowed: 200,
};
const ANY_ADMIN = { anonymous: 401, endUser: 401, readOnlyToken: 401, editor: 200, allowed: 200 };

const coreRoutes = (
  path: string,
  id: (f: Fixture) => string,
  victim: keyof Fixture['victims'],
  data: (fixture: Fixture) => Body
): [string, Route][] => [
  [
    `GET /api/newsroom/${path}`,
    { method: 'get', path: () => `/api/newsroom/${path}`, expected: PUBLIC_READ },
  ],
  [
    `GET /api/newsroom/${path}/:id`,
    { method: 'get', path: (f) => `/api/newsroom/${path}/${id(f)}`, expected: PUBLIC_READ },
  ],
  [
    `POST /api/newsroom/${path}`,
    {
      method: 'post',
      path: () => `/api/newsroom/${path}`,
      body: (f) => ({ data: data(f) }),
      expected: WRITE(201),
    },
  ],
  [
    `PUT /api/newsroom/${path}/:id`,
    {
      method: 'put',
      path: (f) => `/api/newsroom/${path}/${id(f)}`,
      body: (f) => ({ data: data(f) }),
      expected: WRITE(200),
    },
  ],
  [
    `DELETE /api/newsroom/${path}/:id`,
    {
      method: 'delete',
      path: (f) => `/api/newsroom/${path}/${f.victims[victim]}`,
      expected: WRITE(204),
    },
  ],
];

/** The feeds (docs/feeds.md): public reads like the others. */
const feedRoutes = (): [string, Route][] =>
  (
    [
      ['news-sitemap.xml', 'news-sitemap.xml'],
      ['sitemap.xml', 'sitemap.xml'],
      ['sitemap-:page(\\d+).xml', 'sitemap-1.xml'],
      ['rss.xml', 'rss.xml'],
      ['atom.xml', 'atom.xml'],
    ] as const
  ).map(([declared, asked]) => [
    `GET /api/newsroom/feeds/${declared}`,
    { method: 'get', path: () => `/api/newsroom/feeds/${asked}`, expected: PUBLIC_READ },
  ]);

const ROUTES: [string, Route][] = [
  ...feedRoutes(),
  [
    'GET /api/newsroom/top-news',
    { method: 'get', path: () => '/api/newsroom/top-news', expected: PUBLIC_READ },
  ],
  [
    'GET /api/newsroom/articles/slug/:slug',
    {
      method: 'get',
      path: () => '/api/newsroom/articles/slug/permission-check-story',
      expected: PUBLIC_READ,
    },
  ],
  [
    'GET /api/newsroom/articles/slug/:slug/json-ld',
    {
      method: 'get',
      path: () => '/api/newsroom/articles/slug/permission-check-story/json-ld',
      expected: PUBLIC_READ,
    },
  ],
  [
    'GET /api/newsroom/articles/slug/:slug/ninjs',
    {
      method: 'get',
      path: () => '/api/newsroom/articles/slug/permission-check-story/ninjs',
      expected: PUBLIC_READ,
    },
  ],
  ...coreRoutes(
    'articles',
    (f) => f.article,
    'articles',
    () => ({
      headline: 'Written with permission',
    })
  ),
  ...coreRoutes(
    'related-news',
    (f) => f.relatedNews,
    'related-news',
    () => ({
      title: 'Linked with permission',
      list: 'related',
    })
  ),
  ...coreRoutes(
    'quotes',
    (f) => f.quote,
    'quotes',
    () => ({
      text: 'Quoted with permission',
      speaker: 'the editor',
    })
  ),
  ...coreRoutes(
    'corrections',
    (f) => f.correction,
    'corrections',
    (f) => ({
      text: 'Corrected with permission',
      article: f.article,
    })
  ),
  [
    'GET /newsroom/settings',
    { method: 'get', path: () => '/newsroom/settings', admin: true, expected: ADMIN_WITH_ACTION },
  ],
  [
    'PUT /newsroom/settings',
    {
      method: 'put',
      path: () => '/newsroom/settings',
      admin: true,
      body: { agency: 'Changed with permission' },
      expected: ADMIN_WITH_ACTION,
    },
  ],
  [
    'POST /newsroom/import',
    {
      method: 'post',
      path: () => '/newsroom/import',
      admin: true,
      body: { text: 'Imported with permission\n\nA paragraph.' },
      expected: ADMIN_WITH_ACTION,
    },
  ],
  [
    'POST /newsroom/preview',
    {
      method: 'post',
      path: () => '/newsroom/preview',
      admin: true,
      body: { headline: 'Previewed' },
      expected: ANY_ADMIN,
    },
  ],
  [
    'GET /newsroom/top-news',
    { method: 'get', path: () => '/newsroom/top-news', admin: true, expected: ANY_ADMIN },
  ],
];

/** Rows of the four types and the saved settings: what a refused write must leave as it was. */
async function state() {
  const counts = await Promise.all(
    [ARTICLE, RELATED_NEWS, QUOTE, CORRECTION].map((uid) =>
      app.strapi.db.query(uid as never).count()
    )
  );
  return { counts, settings: await app.strapi.plugin('newsroom').service('settings').get() };
}

describe('every plugin route, asked by everyone (§5, §6)', () => {
  it('covers every route the plugin declares', () => {
    const routes = app.strapi.plugin('newsroom').routes as Record<
      'admin' | 'content-api',
      { routes: { method: string; path: string }[] }
    >;
    const declared = (
      prefix: string,
      { routes: list }: { routes: { method: string; path: string }[] }
    ) => list.map((route) => `${route.method} ${prefix}${route.path}`);
    expect(ROUTES.map(([name]) => name).sort()).toEqual(
      [
        ...declared('/api/newsroom', routes['content-api']),
        ...declared('/newsroom', routes.admin),
      ].sort()
    );
  });

  it.each(ROUTES)('%s', async (_name, route) => {
    const ask = (who: Who) => {
      const token = bearer[who][route.admin ? 'admin' : 'api'];
      const request = app.http()[route.method](route.path(fixture));
      if (token) request.set('Authorization', `Bearer ${token}`);
      const body = typeof route.body === 'function' ? route.body(fixture) : route.body;
      return body ? request.send(body) : request;
    };
    const before = await state();
    const statuses: Partial<Record<Who, number>> = {};
    for (const who of WHO.filter((w) => w !== 'allowed')) statuses[who] = (await ask(who)).status;
    // Refused means nothing written.
    expect(await state()).toEqual(before);
    // Last, the control: the same request, body and all, goes through when the asker may.
    statuses.allowed = (await ask('allowed')).status;
    expect(statuses).toEqual(route.expected);
  });
});
