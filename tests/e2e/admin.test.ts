import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

import { TEST_ADMIN, loginAdminWithRole, registerAdmin } from '../integration/helpers/auth';
import { bootStrapi, stopStrapi, type TestStrapi } from '../integration/helpers/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM } = require('./browser-path');

/**
 * The editor's admin in a real browser (issue 9): Debian's Chromium driven by playwright-core
 * against the playground's built admin panel, served by a Strapi booted in-process on a fresh
 * SQLite file. Screenshots of the four screens go to tests/e2e/screenshots/ (not committed).
 */
const available = existsSync(CHROMIUM);
if (!available)
  console.warn(
    `Browser tests SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium).`
  );
const describeInBrowser = available ? describe : describe.skip;

const screenshots = path.join(__dirname, 'screenshots');
const libyaStory = readFileSync(
  path.join(__dirname, '..', 'fixtures', 'stories', 'libya-truce.txt'),
  'utf8'
);
const todaysStory = [
  'Ceasefire talks open in Geneva',
  '',
  '"We are here to stop the fighting," UN envoy Ghassan Salame said on arrival.',
].join('\n');

let app: TestStrapi;
let browser: Browser;
let page: Page;
let baseUrl: string;

// The admin scrolls inside its own layout, not the window: bring what matters into view first.
const shoot = async (name: string, subject: Locator) => {
  await subject.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
};
const panel = () => page.getByTestId('newsroom-panel');

describeInBrowser('the editor’s admin, in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    app = await bootStrapi({ serveAdminPanel: true });
    await new Promise<void>((resolve) =>
      app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve)
    );
    baseUrl = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
    await registerAdmin(app);
    await app.strapi
      .plugin('newsroom')
      .service('stories')
      .importStory(todaysStory, { publish: true });

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 1300 } });
    page.setDefaultTimeout(30_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => app?.strapi.server.httpServer.close(resolve));
    await stopStrapi(app);
  });

  it('logs in and sees today’s story in the "Today’s Top News" widget', async () => {
    await page.goto(`${baseUrl}/admin/auth/login`);
    await page.getByLabel(/email/i).fill(TEST_ADMIN.email);
    await page.getByLabel(/password/i).fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: /login/i }).click();
    const widget = page.getByTestId('newsroom-top-news-widget');
    await widget.getByText('Ceasefire talks open in Geneva').waitFor();
    await expect(page.getByText('Today’s Top News').first().isVisible()).resolves.toBe(true);
    await shoot('1-homepage-widget', widget);
  });

  it('opens the story from the widget, and the side panel shows its slug, quotes and top-news position', async () => {
    await page
      .getByTestId('newsroom-top-news-widget')
      .getByText('Ceasefire talks open in Geneva')
      .click();
    await page.waitForURL(/content-manager\/collection-types\/plugin::newsroom\.article\//);
    await expect(panel().getByTestId('newsroom-slug').innerText()).resolves.toBe(
      'ceasefire-talks-open-in-geneva'
    );
    await expect(panel().getByTestId('newsroom-quotes').innerText()).resolves.toContain(
      'We are here to stop the fighting'
    );
    await expect(panel().getByTestId('newsroom-top-news-position').innerText()).resolves.toMatch(
      /^No\. 1 on \d{4}-\d{2}-\d{2}$/
    );
  });

  it('adds a correction note from the side panel, and the article’s JSON-LD carries it', async () => {
    const notes = panel().getByTestId('newsroom-corrections');
    await notes.getByText('No notes yet').waitFor();
    await notes.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Update' }).click();
    const text = 'Updated with the envoy’s remarks on arrival.';
    await notes.getByLabel('What changed').fill(text);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByTestId('newsroom-notes').getByText(text).waitFor();
    await expect(notes.getByTestId('newsroom-notes').innerText()).resolves.toMatch(/^Update · /);
    await shoot('2b-side-panel-correction', notes);

    const response = await page.request.get(
      `${baseUrl}/api/newsroom/articles/slug/ceasefire-talks-open-in-geneva/json-ld`
    );
    const markup = await response.json();
    expect(markup.correction).toEqual([
      { '@type': 'CorrectionComment', text, datePublished: expect.any(String) },
    ]);
    expect(markup.dateModified).toBe(markup.correction[0].datePublished);
    expect(markup.dateModified > markup.datePublished).toBe(true);
  });

  it('previews the slug and dateline while a new headline is typed', async () => {
    await page.goto(
      `${baseUrl}/admin/content-manager/collection-types/plugin::newsroom.article/create`
    );
    // Before a headline, the server's stand-in slug (`article-…`) would mean nothing to an editor.
    await expect(panel().getByTestId('newsroom-slug').innerText()).resolves.toBe(
      'Made from the headline once you type one'
    );
    await page.getByLabel('Headline').fill('Truce holds in Tripoli as talks resume');
    await page.getByLabel('Dateline city').fill('Tripoli');
    await page.getByLabel('Dateline country').fill('Libya');
    // Typing is faster than the preview: wait for the answer to the last keystroke, not the first.
    await panel().getByText('truce-holds-in-tripoli-as-talks-resume').waitFor();
    await panel()
      .getByText(/^TRIPOLI, /)
      .waitFor();
    await expect(panel().getByTestId('newsroom-dateline').innerText()).resolves.toMatch(
      /^TRIPOLI, \w+\.? \d{1,2} \(China Daily\) -$/
    );
    await shoot('2-edit-view-side-panel', page.getByLabel('Headline'));
  });

  it('changes the dateline style on the settings page: the example follows, and the save is stored', async () => {
    await page.goto(`${baseUrl}/admin/settings/newsroom`);
    const example = page.getByTestId('newsroom-dateline-example');
    await page.getByText('ISTANBUL, Jan 8 (China Daily) -', { exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Dateline style' }).click();
    await page.getByRole('option', { name: /^Xinhua/ }).click();
    await page.getByText('ISTANBUL, Jan. 8 (China Daily) --', { exact: true }).waitFor();
    await expect(example.innerText()).resolves.toBe('ISTANBUL, Jan. 8 (China Daily) --');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved').first().waitFor();
    const stored = await app.strapi.plugin('newsroom').service('settings').get();
    expect(stored.datelineStyle).toBe('xinhua');
    await shoot('3-settings', example);
  });

  it('shows a bad setting’s error on its field and saves nothing', async () => {
    await page.getByLabel('Top news items per day').fill('99');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/less than or equal to 50|<=50/)
      .first()
      .waitFor();
    const stored = await app.strapi.plugin('newsroom').service('settings').get();
    expect(stored.topNews.size).toBe(6);
  });

  it('lists each feed’s URL on the settings page: a copy puts it on the clipboard, and it answers the feed', async () => {
    await page.goto(`${baseUrl}/admin/settings/newsroom`);
    const rssUrl = page.getByText(/\/api\/newsroom\/feeds\/rss\.xml$/);
    await rssUrl.waitFor();
    const url = await rssUrl.innerText();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const copyButtons = page.getByRole('button', { name: 'Copy the URL' });
    await expect(copyButtons.count()).resolves.toBe(4);
    await copyButtons.nth(2).click();
    await page.getByText('Copied').first().waitFor();
    // Runs in the page; the tests' TypeScript has no DOM types.
    const readClipboard = () =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText();
    await expect(page.evaluate(readClipboard)).resolves.toBe(url);
    const feed = await fetch(new URL(new URL(url).pathname, baseUrl));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    await shoot('3b-settings-feeds', rssUrl);
  });

  it('imports the Libya story from the plugin page: preview, publish, open', async () => {
    await page.goto(`${baseUrl}/admin/plugins/newsroom`);
    await page.getByLabel('Story text').fill(libyaStory);
    await page.getByRole('button', { name: 'Preview' }).click();
    const result = page.getByTestId('newsroom-import-result');
    await result.getByText('Preview — nothing written yet').waitFor();
    await expect(result.getByTestId('newsroom-slug').innerText()).resolves.toBe(
      'joint-work-on-truce-in-libya-urged'
    );
    await expect(result.getByText('Top news pinned for its day (6)').isVisible()).resolves.toBe(
      true
    );
    expect(
      await app.strapi
        .documents('plugin::newsroom.article')
        .count({ filters: { headline: 'Joint work on truce in Libya urged' } } as never)
    ).toBe(0);

    await page.getByRole('button', { name: 'Create and publish' }).click();
    await result.getByText('Published', { exact: true }).waitFor();
    await shoot('4-import-story', result);
    await page.getByRole('link', { name: 'Open the article' }).click();
    await page.waitForURL(/content-manager\/collection-types\/plugin::newsroom\.article\//);
    await expect(page.getByLabel('Headline').inputValue()).resolves.toBe(
      'Joint work on truce in Libya urged'
    );
    await expect(panel().getByTestId('newsroom-quotes').innerText()).resolves.toContain(
      'Today our President Erdogan'
    );
    await shoot('5-imported-article', panel());
  });

  it('hides the plugin’s pages from an editor without its permissions', async () => {
    await loginAdminWithRole(app, 'strapi-editor');
    const editor = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await editor.goto(`${baseUrl}/admin/auth/login`);
    await editor.getByLabel(/email/i).fill('strapi-editor@newsroom.test');
    await editor.getByLabel(/password/i).fill('Role-pass-123');
    await editor.getByRole('button', { name: /login/i }).click();
    await editor.getByText(/Hello/).first().waitFor();
    await expect(editor.getByRole('link', { name: 'Import story' }).count()).resolves.toBe(0);
    for (const screen of ['/admin/plugins/newsroom', '/admin/settings/newsroom']) {
      await editor.goto(`${baseUrl}${screen}`);
      await editor
        .getByText(/don.t have the permissions/i)
        .filter({ visible: true })
        .first()
        .waitFor();
      await expect(editor.getByLabel('Story text').count()).resolves.toBe(0);
      await expect(editor.getByText('Newsroom settings').count()).resolves.toBe(0);
    }
    await editor.close();
  });
});
