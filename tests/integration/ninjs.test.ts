import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { htmlToBlocks } from '../../server/src/domain/ninjs/html-to-blocks';
import { bodyToParagraphs } from '../../server/src/domain/paragraphs';
import { NINJS_EXAMPLES, ninjsExample, ninjsSchemaErrors } from '../helpers/ninjs-schema';
import { useStrapi } from './helpers/suite';

/**
 * IPTC ninjs (docs/ninjs.md, spec §15): the export answers valid ninjs 3.1 as the JSON-LD route
 * reads (published only, old slugs redirected, a locale), and an export imported again gives the
 * same article. Every document the plugin writes is checked against IPTC's own schema.
 */

const ARTICLE = 'plugin::newsroom.article';
const RELATED_NEWS = 'plugin::newsroom.related-news';
const QUOTE = 'plugin::newsroom.quote';
const SITE = 'https://news.example.com';
const stories = path.join(__dirname, '..', 'fixtures', 'stories');
const libyaStory = fs.readFileSync(path.join(stories, 'front-matter.txt'), 'utf8');

const app = useStrapi();

type Article = Record<string, any>;
type Ninjs = Record<string, any>;

const importBody = (body: Record<string, unknown>) =>
  app.http().post('/newsroom/import').set('Authorization', `Bearer ${app.adminToken}`).send(body);
const imported = async (body: Record<string, unknown>): Promise<Article> =>
  (await importBody(body).expect(200)).body.data.article;
const ninjsOf = (slug: string, query = '') =>
  app.http().get(`/api/newsroom/articles/slug/${slug}/ninjs${query}`);
const exported = async (slug: string): Promise<Ninjs> => {
  const response = await ninjsOf(slug).expect(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(ninjsSchemaErrors(response.body)).toEqual([]);
  return response.body;
};
const settings = (body: Record<string, unknown>) =>
  app
    .http()
    .put('/newsroom/settings')
    .set('Authorization', `Bearer ${app.adminToken}`)
    .send(body)
    .expect(200);
const counts = async () => ({
  articles: await app.strapi.db.query(ARTICLE).count(),
  entries: await app.strapi.db.query(RELATED_NEWS).count(),
  quotes: await app.strapi.db.query(QUOTE).count(),
});

/** What the round trip keeps (spec §15), as one comparable value. */
const essentials = (article: Article) => ({
  headline: article.headline,
  deck: article.deck,
  bodyText: bodyToParagraphs(article.body),
  byline: article.byline,
  datelineCity: article.datelineCity,
  tags: article.tags ?? null,
  firstPublishedAt: article.firstPublishedAt
    ? new Date(article.firstPublishedAt).toISOString()
    : null,
});

/** The text of a ninjs document's HTML body, else its plain-text one, a paragraph each. */
const bodyTextOf = (document: Ninjs): string[] => {
  const bodies: { contentType?: string; value: string }[] = document.bodies ?? [];
  const html = bodies.find((body) => /html/.test(body.contentType ?? ''));
  if (html) return bodyToParagraphs(htmlToBlocks(html.value));
  const plain = bodies.find((body) => body.contentType === 'text/plain');
  return plain ? bodyToParagraphs(plain.value) : [];
};

describe('GET /api/newsroom/articles/slug/:slug/ninjs (§15)', () => {
  let libya: Article;

  beforeAll(async () => {
    libya = await imported({ text: libyaStory, publish: true });
  });

  it('answers the published Libya story as ninjs 3.1, valid against IPTC’s schema', async () => {
    const document = await exported(libya.slug);
    expect(document).toMatchObject({
      uri: `urn:newsroom:${libya.documentId}:en`,
      type: 'text',
      firstCreated: '2020-01-08T22:30:00.000Z',
      language: 'en',
      headlines: [{ role: 'main', value: 'Joint work on truce in Libya urged' }],
      descriptions: [
        { role: 'deck', value: 'Putin and Erdogan call for a truce from midnight on Jan 12.' },
      ],
      by: 'Reuters in Istanbul',
      located: 'Istanbul',
      places: [{ name: 'Istanbul, Turkey', rel: 'located' }],
      subjects: [{ name: 'Libya' }, { name: 'Turkey' }, { name: 'Russia' }, { name: 'cease-fire' }],
      genres: [{ name: 'World' }],
    });
    // The published version's updatedAt, until articles record their last significant update.
    const published = await app.strapi.documents(ARTICLE).findOne({
      documentId: libya.documentId,
      status: 'published',
    });
    expect(document.versionCreated).toBe(new Date(published!.updatedAt as string).toISOString());
    expect(bodyTextOf(document)).toEqual(bodyToParagraphs(libya.body));
  });

  it('names the article by its URL once the site has one', async () => {
    await settings({ siteUrl: SITE });
    try {
      expect((await exported(libya.slug)).uri).toBe(`${SITE}/${libya.slug}`);
    } finally {
      await settings({ siteUrl: '' });
    }
  });

  it('404s a draft, redirects an old slug, and answers a locale', async () => {
    const draft = await imported({ text: 'Draft only ninjs\n\nNot yet.' });
    await ninjsOf(draft.slug).expect(404);

    const moving = await imported({ text: 'Old ninjs name\n\nA paragraph.', publish: true });
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: moving.documentId, data: { slug: 'new-ninjs-name' } } as never);
    const moved = await ninjsOf('old-ninjs-name').expect(301);
    expect(moved.headers.location).toBe('/api/newsroom/articles/slug/new-ninjs-name/ninjs');

    await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    const french = await imported({
      text: 'Appel à une trêve en Libye\n\nUn paragraphe.',
      publish: true,
      locale: 'fr',
    });
    const response = await ninjsOf(french.slug, '?locale=fr').expect(200);
    expect(response.body).toMatchObject({
      language: 'fr',
      headlines: [{ value: 'Appel à une trêve en Libye' }],
    });
    await ninjsOf(french.slug).expect(404);
  });

  it('the Libya story exported and imported again (dry run) is the same story, and nothing is written', async () => {
    const before = await counts();
    const again = await imported({
      ninjs: await exported(libya.slug),
      dryRun: true,
      publish: true,
    });
    expect(essentials(again)).toEqual(essentials(libya));
    expect(essentials(again)).toMatchObject({
      byline: 'Reuters in Istanbul',
      datelineCity: 'Istanbul',
      tags: ['Libya', 'Turkey', 'Russia', 'cease-fire'],
      firstPublishedAt: '2020-01-08T22:30:00.000Z',
    });
    expect(again.datelineCountry).toBe('Turkey');
    expect(await counts()).toEqual(before);
  });
});

describe('POST /newsroom/import with { ninjs } (§15)', () => {
  it.each(NINJS_EXAMPLES)(
    'IPTC’s %s: imported, exported and imported again keeps headline, deck, body, byline, place, tags and first publication',
    async (name) => {
      const example: Ninjs = ninjsExample(name);
      const first = await imported({ ninjs: example, publish: true });
      // What the example says, read here from the document itself.
      expect(first.headline).toBe(example.headlines[0].value);
      expect(first.deck).toBe(example.descriptions?.[0]?.value ?? null);
      expect(first.byline).toBe(example.by);
      expect(first.datelineCity).toBe(example.located?.split(',')[0] ?? null);
      expect(bodyToParagraphs(first.body)).toEqual(bodyTextOf(example));
      expect(first.tags ?? []).toEqual(
        (example.subjects ?? []).map((subject: Ninjs) => subject.name).filter(Boolean)
      );

      const document = await exported(first.slug);
      expect(document.headlines[0].value).toBe(example.headlines[0].value);
      expect(document.by).toBe(example.by);
      expect(bodyTextOf(document)).toEqual(bodyTextOf(example));

      const again = await imported({ ninjs: document, dryRun: true });
      expect(essentials(again)).toEqual(essentials(first));
    }
  );

  it('keeps headings, lists and links of an HTML body, and drops scripts and styles', async () => {
    const article = await imported({
      ninjs: {
        uri: 'urn:example:structure',
        headlines: [{ value: 'Structured ninjs body' }],
        bodies: [
          {
            contentType: 'text/html',
            value:
              '<h2>Background</h2><p>See <a href="https://un.org">the UN</a>.<script>steal()</script></p>' +
              '<style>p { color: red }</style><ul><li>one</li><li>two</li></ul>',
          },
        ],
      },
      dryRun: true,
    });
    expect(article.body).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Background' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'See ' },
          { type: 'link', url: 'https://un.org', children: [{ type: 'text', text: 'the UN' }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
        ],
      },
    ]);
  });

  const good = { uri: 'urn:example:bad', headlines: [{ value: 'A bad ninjs document' }] };
  it.each([
    ['an empty headline', { ...good, headlines: [{ value: ' ' }] }, 'ninjs.headlines[0].value'],
    ['no headline', { uri: 'urn:example:bad', headlines: [] }, 'ninjs.headlines'],
    [
      'a headline that is not text',
      { ...good, headlines: [{ value: 7 }] },
      'ninjs.headlines[0].value',
    ],
    ['no uri', { headlines: good.headlines }, 'ninjs.uri'],
    ['a picture', { ...good, type: 'picture' }, 'ninjs.type'],
    [
      'a date without an offset',
      { ...good, firstCreated: '2020-01-08 10:00' },
      'ninjs.firstCreated',
    ],
    [
      'a deck too long',
      { ...good, descriptions: [{ role: 'deck', value: 'x'.repeat(501) }] },
      'ninjs.descriptions[0].value',
    ],
    [
      'a subject name too long',
      { ...good, subjects: [{ name: 'x'.repeat(300) }] },
      'ninjs.subjects[0].name',
    ],
  ])('refuses %s with a 400 naming its JSON path, writing nothing', async (_name, ninjs, where) => {
    const before = await counts();
    const response = await importBody({ ninjs, publish: true }).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain(`${where}:`);
    expect(response.body.error.details.errors[0].message).toContain(`${where}:`);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body with both text and ninjs, or neither', async () => {
    await importBody({ text: 'A\n\nB', ninjs: good }).expect(400);
    await importBody({ publish: true }).expect(400);
  });
});

describe('npm run import with a .json file (§15)', () => {
  it('imports a ninjs document from a .json file, and reports a bad one by its path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-ninjs-'));
    const good = path.join(dir, 'story.json');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(good, JSON.stringify(ninjsExample('004_simple_text_article.json')));
    fs.writeFileSync(bad, JSON.stringify({ uri: 'urn:x', headlines: [{ value: '' }] }));
    const database = path.join(dir, 'cli.db');
    const run = spawnSync(
      process.execPath,
      [path.join(__dirname, '..', '..', 'scripts', 'import.js'), good, bad, '--publish'],
      {
        env: { ...process.env, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database },
        encoding: 'utf8',
        timeout: 120_000,
      }
    );
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.stdout).toMatch(
      /\[1\/2\] .*story\.json: published "Captain of wrecked cruise ship on trial in Italy" → captain-of-wrecked-cruise-ship-on-trial-in-italy/
    );
    expect(run.stdout).toMatch(/\[2\/2\] .*bad\.json: FAILED — ninjs\.headlines\[0\]\.value:/);
    expect(run.stdout).toMatch(/1 imported, 1 failed/);
    expect(run.status).toBe(1);
  });
});
