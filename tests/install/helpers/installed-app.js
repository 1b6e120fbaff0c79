/**
 * One fresh Strapi app, from `create-strapi-app` to the admin panel in Chromium, as docs/install.md
 * describes it. Each step is a test, in order; when a step the others stand on fails (creating,
 * installing, building, starting, the first admin), the tests after it fail at once naming it.
 */
const fs = require('node:fs');
const path = require('node:path');

const {
  NEWSROOM_CONFIG,
  appEnv,
  buildApp,
  configurePlugin,
  createApp,
  installPlugin,
  installedVersion,
  nestedPeers,
} = require('./app');
const { CHROMIUM, openBrowser } = require('./browser');
const { client } = require('./http');
const { freePort, progress, startServer, stopServer } = require('./process');
const { pkg } = require('../plan');

const MINUTE = 60_000;
const ADMIN = {
  firstname: 'Ina',
  lastname: 'Staller',
  email: 'install@newsroom.test',
  password: 'Install-pass-123',
};
const HEADLINE = 'Install test: the truce holds';
const SLUG = 'install-test-the-truce-holds';
const ARTICLE = {
  headline: HEADLINE,
  datelineCity: 'Paris',
  body: [
    {
      type: 'paragraph',
      children: [{ type: 'text', text: 'PARIS — "The truce holds," the minister said on Monday.' }],
    },
  ],
};
// The reuters style, the plugin's default (docs/datelines.md): `{CITY}, {month} {day} ({agency}) -`.
const REUTERS_MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/** The calendar date of an instant in a time zone. */
function calendarDate(instant, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
      .formatToParts(new Date(instant))
      .map(({ type, value }) => [type, Number(value)])
  );
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    iso: `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`,
  };
}

/** Paris files in Europe/Paris; the agency is the app's config. */
function expectedDateline(firstPublishedAt) {
  const { month, day } = calendarDate(firstPublishedAt, 'Europe/Paris');
  return `PARIS, ${REUTERS_MONTHS[month - 1]} ${day} (${NEWSROOM_CONFIG.agency}) -`;
}

function readPlan() {
  const work = process.env.NEWSROOM_INSTALL_WORK;
  if (!work)
    throw new Error(
      'NEWSROOM_INSTALL_WORK is not set: run the install test with `npm run test:install`'
    );
  return { work, ...JSON.parse(fs.readFileSync(path.join(work, 'plan.json'), 'utf8')) };
}

function describeInstalledApp(name) {
  const plan = readPlan();
  const app = plan.apps.find((candidate) => candidate.name === name);
  const title = `${app.language === 'typescript' ? 'TypeScript' : 'JavaScript'} app on Strapi ${app.strapi}, ${app.graphql ? 'with' : 'without'} GraphQL`;
  const logs = path.join(plan.work, `${name}-logs`);
  const log = (what) => path.join(logs, `${what}.log`);

  describe(title, () => {
    const state = { timings: [] };
    let blockedBy = null;
    let request;

    /** A test; with `essential`, its failure stops the tests after it. */
    const step = (label, fn, { timeout = 2 * MINUTE, essential = false } = {}) =>
      it(
        label,
        async () => {
          if (blockedBy) throw new Error(`not run: "${blockedBy}" failed`);
          const started = Date.now();
          progress(name, `${label}…`);
          try {
            await fn();
          } catch (error) {
            if (essential) blockedBy = label;
            throw error;
          } finally {
            state.timings.push(
              `${label.slice(0, 40)}…: ${((Date.now() - started) / 1000).toFixed(1)} s`
            );
          }
        },
        timeout
      );

    beforeAll(() => fs.mkdirSync(logs, { recursive: true }));

    afterAll(async () => {
      await state.browser?.close().catch(() => {});
      await stopServer(state.server);
      progress(name, `timings:\n  ${state.timings.join('\n  ')}`);
      if (state.npmWarnings?.length)
        progress(
          name,
          `npm warnings on installing the plugin:\n  ${state.npmWarnings.join('\n  ')}`
        );
      if (state.dir && process.env.KEEP_INSTALL_APPS !== '1')
        fs.rmSync(state.dir, { recursive: true, force: true });
    }, MINUTE);

    step(
      `create-strapi-app@${app.creator} creates the app (--${app.language}, SQLite)`,
      async () => {
        state.dir = await createApp({
          work: plan.work,
          name,
          language: app.language,
          strapi: app.strapi,
          creator: app.creator,
          logFile: log('create'),
        });
        expect(installedVersion(state.dir, '@strapi/strapi')).toBe(app.strapi);
        expect(fs.existsSync(path.join(state.dir, 'tsconfig.json'))).toBe(
          app.language === 'typescript'
        );
      },
      { timeout: 20 * MINUTE, essential: true }
    );

    step(
      `npm install <tarball>${app.graphql ? ` @strapi/plugin-graphql@${app.strapi}` : ''} installs the plugin and shares the app's React, design system and Strapi`,
      async () => {
        const output = await installPlugin({
          dir: state.dir,
          tarball: plan.tarball,
          graphql: app.graphql,
          strapi: app.strapi,
          logFile: log('install-plugin'),
        });
        state.npmWarnings = output
          .split('\n')
          .filter(
            (line) =>
              /^npm warn/i.test(line) && !/install-scripts|EBADENGINE|^npm warn\s*$/i.test(line)
          );
        expect(installedVersion(state.dir, 'strapi-plugin-newsroom')).toBe(pkg().version);
        expect(installedVersion(state.dir, '@strapi/plugin-graphql')).toBe(
          app.graphql ? app.strapi : null
        );
        expect(nestedPeers(state.dir)).toEqual([]);
        expect(state.npmWarnings.filter((line) => /ERESOLVE|peer/i.test(line))).toEqual([]);
      },
      { timeout: 15 * MINUTE, essential: true }
    );

    step(
      `config/plugins.${app.language === 'typescript' ? 'ts' : 'js'} gets the newsroom entry`,
      async () => {
        const { source } = configurePlugin({ dir: state.dir, language: app.language });
        expect(source).toContain(`agency: '${NEWSROOM_CONFIG.agency}'`);
      },
      { essential: true }
    );

    step(
      'strapi build builds the server and the admin panel with the plugin',
      async () => {
        state.env = appEnv();
        await buildApp({ dir: state.dir, env: state.env, logFile: log('build') });
        const index = ['dist/build/index.html', 'build/index.html']
          .map((file) => path.join(state.dir, file))
          .find(fs.existsSync);
        expect(index).toBeDefined();
        // The plugin's admin is in the bundle: the id of its homepage widget is.
        const assets = path.dirname(index);
        const bundled = fs
          .readdirSync(assets, { recursive: true })
          .filter((file) => /\.js$/.test(file))
          .some((file) =>
            fs.readFileSync(path.join(assets, file), 'utf8').includes('todays-top-news')
          );
        expect(bundled).toBe(true);
      },
      { timeout: 15 * MINUTE, essential: true }
    );

    step(
      'strapi start serves the app: /_health answers 204',
      async () => {
        state.port = await freePort();
        state.baseUrl = `http://127.0.0.1:${state.port}`;
        request = client(state.baseUrl);
        state.server = await startServer({
          cwd: state.dir,
          env: { ...state.env, HOST: '127.0.0.1', PORT: String(state.port) },
          logFile: log('server'),
          baseUrl: state.baseUrl,
        });
      },
      { timeout: 4 * MINUTE, essential: true }
    );

    step(
      'on the first start, before any other request, the public reads /api/newsroom/articles (200)',
      async () => {
        const answer = await request('GET', '/api/newsroom/articles');
        expect({ status: answer.status, body: answer.body }).toMatchObject({
          status: 200,
          body: { data: [] },
        });
      }
    );

    step(
      'the first admin registers (POST /admin/register-admin) and creates a full-access API token',
      async () => {
        const registered = await request('POST', '/admin/register-admin', { body: ADMIN });
        expect({ status: registered.status, body: registered.body }).toMatchObject({
          status: 200,
          body: { data: { token: expect.any(String) } },
        });
        state.jwt = registered.body.data.token;
        const token = await request('POST', '/admin/api-tokens', {
          bearer: state.jwt,
          body: {
            name: 'install test',
            description: 'newsroom install test',
            type: 'full-access',
            lifespan: null,
          },
        });
        expect({ status: token.status, body: token.body }).toMatchObject({
          status: 201,
          body: { data: { accessKey: expect.any(String) } },
        });
        state.token = token.body.data.accessKey;
      },
      { essential: true }
    );

    step(
      'POST /api/newsroom/articles (token): 201, the slug, the agency of the app config, a dateline dated in Paris, an edition date in Europe/Paris, the quote',
      async () => {
        const before = Date.now();
        const answer = await request('POST', '/api/newsroom/articles', {
          bearer: state.token,
          body: { data: ARTICLE },
        });
        const after = Date.now();
        expect({ status: answer.status, body: answer.body }).toMatchObject({
          status: 201,
          body: {
            data: { slug: SLUG, agency: NEWSROOM_CONFIG.agency, publishedAt: expect.any(String) },
          },
        });
        const article = answer.body.data;
        const firstPublished = Date.parse(article.firstPublishedAt);
        expect(firstPublished).toBeGreaterThanOrEqual(before - 1000);
        expect(firstPublished).toBeLessThanOrEqual(after + 1000);
        expect(article.dateline).toBe(expectedDateline(article.firstPublishedAt));
        expect(article.editionDate).toBe(
          calendarDate(article.firstPublishedAt, NEWSROOM_CONFIG.editionTimeZone).iso
        );
        state.article = article;
      }
    );

    step(
      'POST /api/newsroom/articles?status=published (token): 201, published, the next free slug',
      async () => {
        const answer = await request('POST', '/api/newsroom/articles?status=published', {
          bearer: state.token,
          body: { data: ARTICLE },
        });
        expect({ status: answer.status, body: answer.body }).toMatchObject({
          status: 201,
          body: {
            data: {
              slug: `${SLUG}-2`,
              agency: NEWSROOM_CONFIG.agency,
              publishedAt: expect.any(String),
            },
          },
        });
        expect(answer.body.data.dateline).toBe(expectedDateline(answer.body.data.firstPublishedAt));
        state.second = answer.body.data;
      }
    );

    step(
      'the public reads the list, the article by slug with its quote, its JSON-LD and the day’s top news',
      async () => {
        const list = await request('GET', '/api/newsroom/articles?sort=slug');
        expect({
          status: list.status,
          slugs: list.body?.data?.map((article) => article.slug),
        }).toEqual({ status: 200, slugs: [SLUG, `${SLUG}-2`] });

        const bySlug = await request('GET', `/api/newsroom/articles/slug/${SLUG}`);
        expect({ status: bySlug.status, body: bySlug.body }).toMatchObject({
          status: 200,
          body: {
            data: {
              slug: SLUG,
              quotes: [{ text: 'The truce holds', speaker: 'the minister' }],
              topNews: [{ slug: `${SLUG}-2` }],
            },
          },
        });

        const jsonLd = await request('GET', `/api/newsroom/articles/slug/${SLUG}/json-ld`);
        expect({ status: jsonLd.status, body: jsonLd.body }).toMatchObject({
          status: 200,
          body: {
            '@type': 'NewsArticle',
            headline: HEADLINE,
            dateline: state.article.dateline,
            publisher: { name: NEWSROOM_CONFIG.agency },
          },
        });

        const topNews = await request(
          'GET',
          `/api/newsroom/top-news?date=${state.article.editionDate}`
        );
        expect({
          status: topNews.status,
          date: topNews.body?.data?.date,
          slugs: topNews.body?.data?.items?.map((item) => item.slug).sort(),
        }).toEqual({
          status: 200,
          date: state.article.editionDate,
          slugs: [SLUG, `${SLUG}-2`],
        });
      }
    );

    step('a bad write answers 400 naming the field, not 500', async () => {
      const answer = await request('POST', '/api/newsroom/articles', {
        bearer: state.token,
        body: { data: { headline: 123 } },
      });
      expect({ status: answer.status, body: answer.body }).toMatchObject({
        status: 400,
        body: { error: { message: expect.stringContaining('headline') } },
      });
    });

    step(
      'the admin route GET /newsroom/settings answers the admin with the app’s config, and nobody else',
      async () => {
        const settings = await request('GET', '/newsroom/settings', { bearer: state.jwt });
        expect({ status: settings.status, body: settings.body }).toMatchObject({
          status: 200,
          body: { data: NEWSROOM_CONFIG },
        });
        const anonymous = await request('GET', '/newsroom/settings');
        expect(anonymous.status).toBe(401);
      }
    );

    describe('the admin panel in Chromium', () => {
      const shots = () => path.join(plan.work, `${name}-screenshots`);
      const page = () => state.page;
      const shoot = async (file) => {
        fs.mkdirSync(shots(), { recursive: true });
        await page().screenshot({ path: path.join(shots(), `${file}.png`) });
      };

      step('logs in; the homepage widget "Today’s Top News" lists the article', async () => {
        if (!fs.existsSync(CHROMIUM))
          throw new Error(`${CHROMIUM} is not installed (apt-get install -y chromium)`);
        state.browser = await openBrowser();
        state.page = await state.browser.newPage({ viewport: { width: 1440, height: 1000 } });
        page().setDefaultTimeout(60_000);
        await page().goto(`${state.baseUrl}/admin/auth/login`);
        await page().getByLabel(/email/i).fill(ADMIN.email);
        await page()
          .getByLabel(/password/i)
          .fill(ADMIN.password);
        await page().getByRole('button', { name: /login/i }).click();
        const widget = page().getByTestId('newsroom-top-news-widget');
        await widget.getByText(HEADLINE).first().waitFor();
        await widget.scrollIntoViewIfNeeded();
        await shoot('1-homepage');
      });

      step(
        'the settings page /admin/settings/newsroom shows the app’s agency in its example dateline',
        async () => {
          await page().goto(`${state.baseUrl}/admin/settings/newsroom`);
          await page().getByRole('heading', { name: 'Newsroom settings' }).waitFor();
          await page()
            .getByText(`ISTANBUL, Jan 8 (${NEWSROOM_CONFIG.agency}) -`, { exact: true })
            .waitFor();
          await shoot('2-settings');
        }
      );

      step(
        'the edit view of the article has the side panel "Newsroom" with its slug and dateline',
        async () => {
          await page().goto(
            `${state.baseUrl}/admin/content-manager/collection-types/plugin::newsroom.article/${state.article.documentId}`
          );
          const panel = page().getByTestId('newsroom-panel');
          await panel.getByText(SLUG, { exact: true }).waitFor();
          await panel.getByText(state.article.dateline, { exact: true }).waitFor();
          await shoot('3-edit-view');
        }
      );

      step('the import page previews a story', async () => {
        await page().goto(`${state.baseUrl}/admin/plugins/newsroom`);
        await page().getByRole('heading', { name: 'Import story' }).waitFor();
        await page()
          .getByLabel('Story text')
          .fill('Talks resume in Geneva\n\n"We are here to stop the fighting," the envoy said.');
        await page().getByRole('button', { name: 'Preview' }).click();
        await page()
          .getByTestId('newsroom-import-headline')
          .getByText('Talks resume in Geneva')
          .waitFor();
        await shoot('4-import');
      });
    });

    if (app.graphql) {
      const graphql = async (query) => {
        const answer = await request('POST', '/graphql', { body: { query } });
        return { status: answer.status, body: answer.body };
      };
      /** A field the schema lacks is a "Cannot query field" error (no introspection: production turns it off). */
      const absent = (answer, field) =>
        answer.body?.errors?.some((error) =>
          error.message.includes(`Cannot query field "${field}"`)
        );

      step('GraphQL: the public reads newsroomArticles (the published articles)', async () => {
        const answer = await graphql(
          '{ newsroomArticles(sort: "slug") { documentId slug headline dateline } }'
        );
        expect(answer).toEqual({
          status: 200,
          body: {
            data: {
              newsroomArticles: [
                {
                  documentId: state.article.documentId,
                  slug: SLUG,
                  headline: HEADLINE,
                  dateline: state.article.dateline,
                },
                {
                  documentId: state.second.documentId,
                  slug: `${SLUG}-2`,
                  headline: HEADLINE,
                  dateline: state.second.dateline,
                },
              ],
            },
          },
        });
      });

      step(
        'GraphQL: newsroomArticleBySlug answers the article (when the schema has it)',
        async () => {
          const answer = await graphql(
            `{ newsroomArticleBySlug(slug: "${SLUG}") { documentId slug dateline } }`
          );
          if (absent(answer, 'newsroomArticleBySlug'))
            return progress(name, 'newsroomArticleBySlug is not in the schema: not checked');
          expect(answer).toEqual({
            status: 200,
            body: {
              data: {
                newsroomArticleBySlug: {
                  documentId: state.article.documentId,
                  slug: SLUG,
                  dateline: state.article.dateline,
                },
              },
            },
          });
        }
      );

      step('GraphQL: newsroomTopNews answers the day’s box (when the schema has it)', async () => {
        const answer = await graphql(
          `{ newsroomTopNews(date: "${state.article.editionDate}") { date items { slug } } }`
        );
        if (absent(answer, 'newsroomTopNews'))
          return progress(name, 'newsroomTopNews is not in the schema: not checked');
        expect(answer.status).toBe(200);
        expect(answer.body.data.newsroomTopNews.date).toBe(state.article.editionDate);
        expect(answer.body.data.newsroomTopNews.items.map((item) => item.slug).sort()).toEqual([
          SLUG,
          `${SLUG}-2`,
        ]);
      });
    } else {
      step('without the GraphQL plugin there is no /graphql (404 or 405)', async () => {
        const answer = await request('POST', '/graphql', {
          body: { query: '{ newsroomArticles { slug } }' },
        });
        expect([404, 405]).toContain(answer.status);
      });
    }

    step(
      `the server log has no error${app.graphql ? '' : ' and says nothing of GraphQL'}`,
      async () => {
        const lines = fs
          .readFileSync(log('server'), 'utf8')
          // Colour codes out (ESC [ … m): the log is read as a terminal would show it.
          // eslint-disable-next-line no-control-regex
          .replace(/\x1b\[[0-9;]*m/g, '')
          .split('\n');
        expect(lines.filter((line) => /\berror\b/i.test(line))).toEqual([]);
        // But the access log line of the test's own request to /graphql.
        if (!app.graphql)
          expect(
            lines.filter((line) => /graphql/i.test(line) && !/ http: POST \/graphql /.test(line))
          ).toEqual([]);
      }
    );
  });
}

module.exports = { describeInstalledApp };
