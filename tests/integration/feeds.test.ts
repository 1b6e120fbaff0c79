import { parseFeed } from '@rowanmanning/feed-parser';

import { checkWellFormed, validateSitemap, validateSitemapIndex } from '../helpers/xml-schemas';
import { createFullAccessToken, registerAdmin } from './helpers/auth';
import { bootStrapi, stopStrapi, type TestStrapi } from './helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const FEEDS = '/api/newsroom/feeds';
const SITE = 'https://news.example.com';
/**
 * Every character XML forbids or must escape, and a lone surrogate. The databases store a lone
 * surrogate as U+FFFD (which XML allows): tests/unit/feeds-documents.test.ts feeds one to the
 * writers directly.
 */
const NASTY = 'Fish & chips <b>bold</b> ]]> "quoted" \u0001\u001F half \uD83D emoji';
/** What a feed shows of it: the stored text without the control characters. */
let nastyTitle: string;

let app: TestStrapi;
let adminToken: string;
let token: string;

const articles = () => app.strapi.documents(ARTICLE);
const admin = () => ({ Authorization: `Bearer ${adminToken}` });
/** A fixed Host: the feeds name themselves by it, and supertest's port changes with each request. */
const get = (url: string) => app.http().get(url).set('Host', 'cms.example.com');

/** The `<loc>`s of a sitemap, in order. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

/** Publishes through REST with a token, as a client does (no status: Strapi 5 publishes). */
async function publish(data: Record<string, unknown>, locale?: string) {
  const response = await app
    .http()
    .post('/api/newsroom/articles')
    .query(locale ? { locale } : {})
    .set('Authorization', `Bearer ${token}`)
    .send({ data })
    .expect(201);
  return response.body.data as { documentId: string; slug: string; updatedAt: string };
}

async function settings(body: Record<string, unknown>) {
  await app.http().put('/newsroom/settings').set(admin()).send(body).expect(200);
}

/** Runs `check` with the `feeds` settings changed, then puts back the values they had. */
async function withFeedSettings(feeds: Record<string, unknown>, check: () => Promise<void>) {
  const before = (await app.http().get('/newsroom/settings').set(admin()).expect(200)).body.data;
  await settings({ feeds });
  try {
    await check();
  } finally {
    await settings({ feeds: before.feeds });
  }
}

const recent = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();

let libya: { documentId: string; slug: string };
let nasty: { documentId: string; slug: string };

beforeAll(async () => {
  app = await bootStrapi();
  adminToken = await registerAdmin(app);
  token = await createFullAccessToken(app);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  await settings({ siteUrl: SITE, articlePath: '/{locale}/{slug}' });

  libya = await publish({
    headline: 'Joint work on truce in Libya urged',
    deck: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
    byline: 'Ren Qi and Mo Jingxi',
    section: 'World',
    tags: ['Libya', 'Turkey'],
    firstPublishedAt: recent(2),
  });
  // The French localization of the same document.
  await app
    .http()
    .put(`/api/newsroom/articles/${libya.documentId}`)
    .query({ locale: 'fr' })
    .set('Authorization', `Bearer ${token}`)
    .send({ data: { headline: 'Appel à une trêve en Libye', firstPublishedAt: recent(2) } })
    .expect(200);
  nasty = await publish({
    headline: NASTY,
    summary: 'Summary & <more>',
    section: 'Business',
    tags: ['Markets'],
    firstPublishedAt: recent(0.75),
  });
  const stored = await articles().findOne({ documentId: nasty.documentId, status: 'published' });
  // The C0 controls dropped (tab, newline and carriage return are XML's and kept).
  nastyTitle = [...(stored!.headline as string)]
    .filter((char) => char >= ' ' || '\t\n\r'.includes(char))
    .join('');
  expect(nastyTitle).toMatch(/^Fish & chips <b>bold<\/b> \]\]> "quoted" {2}half \S+ emoji$/);
  await publish({
    headline: 'Archive story',
    section: 'World',
    firstPublishedAt: '2020-01-08T00:00:00.000Z',
  });
  await articles().create({
    data: { headline: 'Unpublished scoop', firstPublishedAt: recent(0.5) } as never,
  });
});

afterAll(async () => {
  await stopStrapi(app);
});

describe('GET /api/newsroom/feeds/news-sitemap.xml (§13)', () => {
  it('lists the articles first published within the window, newest first, valid against Google’s schema', async () => {
    const response = await get(`${FEEDS}/news-sitemap.xml`).expect(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    validateSitemap(response.text);
    expect(locs(response.text)).toEqual([`${SITE}/en/${nasty.slug}`, `${SITE}/en/${libya.slug}`]);
    expect(response.text).toContain('<news:name>China Daily</news:name>');
    expect(response.text).toContain('<news:language>en</news:language>');
    expect(response.text).toContain('<news:title>Joint work on truce in Libya urged</news:title>');
    expect(response.text).toContain(
      '<news:title>Fish &amp; chips &lt;b&gt;bold&lt;/b&gt; ]]&gt; "quoted"  half '
    );
    expect(response.text).not.toContain('Archive story');
    expect(response.text).not.toContain('Unpublished scoop');
  });

  it('speaks the locale’s language, and names the publication as configured', async () => {
    await withFeedSettings({ publicationName: 'China Daily Global' }, async () => {
      const response = await get(`${FEEDS}/news-sitemap.xml?locale=fr`).expect(200);
      validateSitemap(response.text);
      expect(locs(response.text)).toEqual([`${SITE}/fr/appel-a-une-treve-en-libye`]);
      expect(response.text).toContain('<news:language>fr</news:language>');
      expect(response.text).toContain('<news:name>China Daily Global</news:name>');
    });
  });

  it('follows feeds.newsWindowHours', async () => {
    await withFeedSettings({ newsWindowHours: 1 }, async () => {
      const response = await get(`${FEEDS}/news-sitemap.xml`).expect(200);
      expect(locs(response.text)).toHaveLength(1);
    });
  });
});

describe('GET /api/newsroom/feeds/sitemap.xml (§13)', () => {
  it('lists every published article with its localizations as hreflang alternates, valid against sitemaps.org’s schema', async () => {
    const response = await get(`${FEEDS}/sitemap.xml`).expect(200);
    validateSitemap(response.text);
    expect(locs(response.text).sort()).toEqual(
      [libya.slug, nasty.slug, 'archive-story'].map((slug) => `${SITE}/en/${slug}`).sort()
    );
    expect(response.text).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/${libya.slug}"`
    );
    expect(response.text).toContain(
      `<xhtml:link rel="alternate" hreflang="fr" href="${SITE}/fr/appel-a-une-treve-en-libye"`
    );
    // One localization: no alternates to declare.
    expect(response.text.match(/<xhtml:link/g)).toHaveLength(2);
    expect(response.text).not.toContain('unpublished-scoop');
  });

  it('gives lastmod as the last significant update, not the version’s updatedAt', async () => {
    const live = await articles().findOne({ documentId: libya.documentId, status: 'published' });
    expect(live!.lastSignificantUpdateAt).not.toBe(live!.updatedAt);
    const response = await get(`${FEEDS}/sitemap.xml`).expect(200);
    const entry = response.text.split('<url>').find((part) => part.includes(`/en/${libya.slug}<`));
    expect(entry).toContain(
      `<lastmod>${new Date(live!.lastSignificantUpdateAt as string).toISOString()}</lastmod>`
    );
  });

  it('past feeds.sitemapPageSize URLs answers an index of sitemap-N.xml pages, each valid', async () => {
    await withFeedSettings({ sitemapPageSize: 2 }, async () => {
      const index = await get(`${FEEDS}/sitemap.xml`).expect(200);
      validateSitemapIndex(index.text);
      expect(index.text).toContain('<sitemapindex');
      const pages = locs(index.text);
      expect(pages.map((url) => new URL(url).pathname)).toEqual([
        `${FEEDS}/sitemap-1.xml`,
        `${FEEDS}/sitemap-2.xml`,
      ]);
      const urls: string[] = [];
      for (const page of pages) {
        const answer = await get(new URL(page).pathname).expect(200);
        validateSitemap(answer.text);
        urls.push(...locs(answer.text));
      }
      expect(urls.sort()).toEqual(
        [libya.slug, nasty.slug, 'archive-story'].map((slug) => `${SITE}/en/${slug}`).sort()
      );
      await get(`${FEEDS}/sitemap-3.xml`).expect(404);
      await get(`${FEEDS}/sitemap-0.xml`).expect(400);
    });
  });
});

describe('GET /api/newsroom/feeds/rss.xml and atom.xml (§13), read back by a feed reader', () => {
  it.each(['rss', 'atom'])('%s: every field of every item', async (kind) => {
    const response = await get(`${FEEDS}/${kind}.xml`).expect(200);
    expect(response.headers['content-type']).toBe(`application/${kind}+xml; charset=utf-8`);
    checkWellFormed(response.text);
    const feed = parseFeed(response.text).toJSON();
    const live = await articles().findOne({ documentId: libya.documentId, status: 'published' });
    const liveNasty = await articles().findOne({
      documentId: nasty.documentId,
      status: 'published',
    });
    expect(feed.meta.type).toBe(kind);
    expect(feed.title).toBe('China Daily');
    expect(feed.language).toBe('en');
    expect(feed.url).toBe(SITE);
    expect(feed.self).toMatch(new RegExp(`${FEEDS}/${kind}\\.xml$`));
    const archive = await articles().findFirst({
      filters: { slug: 'archive-story' },
      status: 'published',
    });
    // RSS dates are RFC 822, whole seconds; RSS has no updated date: readers take pubDate.
    const asRead = (value: unknown) =>
      new Date(
        kind === 'rss'
          ? Math.floor(new Date(value as string).getTime() / 1000) * 1000
          : new Date(value as string).getTime()
      ).toISOString();
    // Atom entries without an author take the feed's (the publication).
    const noByline = kind === 'atom' ? [{ name: 'China Daily', email: null, url: null }] : [];
    const item = (entry: { slug: string }) => ({
      id: `${SITE}/en/${entry.slug}`,
      url: `${SITE}/en/${entry.slug}`,
    });
    expect(feed.items).toEqual([
      {
        ...item(nasty),
        title: nastyTitle,
        description: 'Summary & <more>',
        published: asRead(liveNasty!.firstPublishedAt),
        updated: asRead(
          kind === 'rss' ? liveNasty!.firstPublishedAt : liveNasty!.lastSignificantUpdateAt
        ),
        content: null,
        image: null,
        media: [],
        authors: noByline,
        categories: ['Business', 'Markets'].map((term) => ({ label: term, term, url: null })),
      },
      {
        ...item(libya),
        title: 'Joint work on truce in Libya urged',
        description: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
        published: asRead(live!.firstPublishedAt),
        updated: asRead(kind === 'rss' ? live!.firstPublishedAt : live!.lastSignificantUpdateAt),
        content: null,
        image: null,
        media: [],
        authors: [{ name: 'Ren Qi and Mo Jingxi', email: null, url: null }],
        categories: ['World', 'Libya', 'Turkey'].map((term) => ({ label: term, term, url: null })),
      },
      {
        ...item({ slug: 'archive-story' }),
        title: 'Archive story',
        description: null,
        published: '2020-01-08T00:00:00.000Z',
        updated: asRead(
          kind === 'rss' ? '2020-01-08T00:00:00.000Z' : archive!.lastSignificantUpdateAt
        ),
        content: null,
        image: null,
        media: [],
        authors: noByline,
        categories: [{ label: 'World', term: 'World', url: null }],
      },
    ]);
  });

  it.each([
    ['section=World', ['Joint work on truce in Libya urged', 'Archive story']],
    ['section=world', []],
    ['tag=Libya', ['Joint work on truce in Libya urged']],
    ['tag=Liby', []],
    ['tag=libya', []],
    ['tag=Markets&section=Business', ['(the nasty headline)']],
    ['locale=fr', ['Appel à une trêve en Libye']],
  ])('?%s', async (query, titles) => {
    for (const kind of ['rss', 'atom']) {
      const response = await get(`${FEEDS}/${kind}.xml?${query}`).expect(200);
      expect(parseFeed(response.text).items.map((entry) => entry.title)).toEqual(
        titles.map((title) => (title === '(the nasty headline)' ? nastyTitle : title))
      );
    }
  });

  it('follows feeds.size', async () => {
    await withFeedSettings({ size: 1 }, async () => {
      const response = await get(`${FEEDS}/rss.xml`).expect(200);
      expect(parseFeed(response.text).items.map((entry) => entry.title)).toEqual([nastyTitle]);
    });
  });

  it('refuses a malformed locale with a 400 naming it', async () => {
    const response = await get(`${FEEDS}/rss.xml?locale=<script>`).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['locale']);
  });
});

describe('drafts (§13)', () => {
  it('never appear; a published article whose draft has newer words shows the published words', async () => {
    await app
      .http()
      .put(`/api/newsroom/articles/${libya.documentId}`)
      .query({ status: 'draft' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { headline: 'Secret draft rewrite', deck: 'Secret deck' } })
      .expect(200);
    for (const feed of ['news-sitemap.xml', 'sitemap.xml', 'rss.xml', 'atom.xml']) {
      const response = await get(`${FEEDS}/${feed}`).expect(200);
      expect(response.text).not.toMatch(/Secret|Unpublished scoop|unpublished-scoop/);
    }
    const rss = await get(`${FEEDS}/rss.xml`).expect(200);
    expect(rss.text).toContain('Joint work on truce in Libya urged');
  });
});

describe('caching (§13)', () => {
  const feeds = ['news-sitemap.xml', 'sitemap.xml', 'rss.xml', 'atom.xml'];

  it.each(feeds)(
    '%s: ETag, Last-Modified, Cache-Control; 304 on If-None-Match and If-Modified-Since',
    async (feed) => {
      const first = await get(`${FEEDS}/${feed}`).expect(200);
      const { etag } = first.headers;
      const lastModified = first.headers['last-modified'];
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(new Date(lastModified).toUTCString()).toBe(lastModified);
      expect(first.headers['cache-control']).toBe('public, max-age=300');

      const byTag = await get(`${FEEDS}/${feed}`).set('If-None-Match', etag).expect(304);
      expect(byTag.text).toBe('');
      expect(byTag.headers.etag).toBe(etag);
      await get(`${FEEDS}/${feed}`).set('If-Modified-Since', lastModified).expect(304);
      await get(`${FEEDS}/${feed}`).set('If-None-Match', '"another"').expect(200);
      await get(`${FEEDS}/${feed}`)
        .set('If-Modified-Since', new Date(Date.parse(lastModified) - 1000).toUTCString())
        .expect(200);
    }
  );

  it('feeds.maxAge sets Cache-Control', async () => {
    await withFeedSettings({ maxAge: 60 }, async () => {
      const response = await get(`${FEEDS}/rss.xml`).expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
    });
  });

  it('a publish, a headline fix, an unpublish and a delete each change the feeds’ ETags (a fix leaves the sitemap, which shows no headline, as it was)', async () => {
    const tags = async () =>
      Promise.all(
        feeds.map(async (feed) => (await get(`${FEEDS}/${feed}`).expect(200)).headers.etag)
      );
    const seen = [await tags()];
    const breaking = await publish({ headline: 'Breaking news', firstPublishedAt: recent(0.1) });
    seen.push(await tags());
    await app
      .http()
      .put(`/api/newsroom/articles/${breaking.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { headline: 'Breaking news, corrected' } })
      .expect(200);
    seen.push(await tags());
    await articles().unpublish({ documentId: breaking.documentId });
    seen.push(await tags());
    await articles().publish({ documentId: breaking.documentId });
    seen.push(await tags());
    await app
      .http()
      .delete(`/api/newsroom/articles/${breaking.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(204);
    seen.push(await tags());
    // Step 2 fixes a headline: the sitemap holds the URL (stable once published) and lastmod (the
    // last significant update, which a typo fix does not move: docs/corrections.md).
    const unchanged = (feed: string, step: number) => feed === 'sitemap.xml' && step === 2;
    for (let step = 1; step < seen.length; step += 1)
      feeds.forEach((feed, index) => {
        const pair = [feed, step, seen[step][index]];
        const before = [feed, step, seen[step - 1][index]];
        if (unchanged(feed, step)) expect(pair).toEqual(before);
        else expect(pair).not.toEqual(before);
      });
    // Back to the articles of the first read: the same bytes, the same tags.
    expect(seen[seen.length - 1]).toEqual(seen[0]);
  });
});

describe('access (§5, §13)', () => {
  it('the Public role reads every feed; so does a read-only API token', async () => {
    const readOnly = await app.strapi
      .service('admin::api-token')
      .create({ name: 'feeds read only', type: 'read-only', lifespan: null, description: '' });
    for (const feed of [
      'news-sitemap.xml',
      'sitemap.xml',
      'sitemap-1.xml',
      'rss.xml',
      'atom.xml',
    ]) {
      await get(`${FEEDS}/${feed}`).expect(200);
      await get(`${FEEDS}/${feed}`)
        .set('Authorization', `Bearer ${readOnly.accessKey}`)
        .expect(200);
    }
  });
});

describe('cost (§13)', () => {
  /** The SQL statements one HTTP read runs: all of them, and those on the article table. */
  async function queriesOf(url: string) {
    const connection = app.strapi.db.connection;
    const statements: string[] = [];
    const onQuery = (query: { sql: string }) => statements.push(query.sql);
    await get(url).expect(200); // warms what Strapi caches (permissions) alike for both sizes
    connection.on('query', onQuery);
    try {
      await get(url).expect(200);
    } finally {
      connection.removeListener('query', onQuery);
    }
    const onArticles = statements.filter((sql) => sql.includes('newsroom_articles'));
    return { all: statements.length, onArticles: onArticles.length };
  }
  async function costs() {
    const found = [];
    for (const url of urls) found.push({ url, ...(await queriesOf(url)) });
    return found;
  }
  const urls = ['news-sitemap.xml', 'sitemap.xml', 'rss.xml', 'atom.xml', 'rss.xml?tag=Libya'].map(
    (feed) => `${FEEDS}/${feed}`
  );

  it('one read costs the same few queries with a handful of articles as with many more', async () => {
    const before = await costs();
    for (let n = 0; n < 60; n += 1)
      await articles().create({
        data: { headline: `Filler ${n}`, tags: ['Libya'], firstPublishedAt: recent(3) } as never,
        status: 'published',
      });
    const after = await costs();
    expect(after).toEqual(before);
    // The settings (with the default locale), then one read of the articles.
    for (const cost of after)
      expect(cost.onArticles).toBe(cost.url.includes('/sitemap.xml') ? 2 : 1);
  });
});
