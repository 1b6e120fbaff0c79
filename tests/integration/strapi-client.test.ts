import fs from 'fs';
import type { AddressInfo } from 'net';
import path from 'path';

import { bootDemo, stopDemo } from './helpers/demo';
import type { TestStrapi } from './helpers/strapi';

/**
 * A frontend reads the Libya story with Strapi's official JavaScript client, `@strapi/client`,
 * over a real socket: the code is the README's "From a frontend" block itself, run as printed
 * (its import is given to it, its base URL pointed at this server).
 */

// Required, not imported: the client declares its types only under package `exports`, which this
// project's TypeScript module resolution (node10, as Strapi's plugin SDK sets it) does not read.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { strapi: strapiClient } = require('@strapi/client') as {
  strapi: (config: { baseURL: string }) => unknown;
};

let app: TestStrapi;
let baseURL: string;

beforeAll(async () => {
  app = await bootDemo();
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  await stopDemo(app);
});

/** The README's block, as an async function of `strapi` that returns what the block reads. */
function readmeCode(): (
  strapi: typeof strapiClient
) => Promise<{ articles: any[]; page: any; topNews: any }> {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const block = readme.match(/### From a frontend[\s\S]*?```js\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('README.md has no "From a frontend" code block');
  const body = block
    .replace("import { strapi } from '@strapi/client';", '')
    .replace("'http://localhost:1337/api'", JSON.stringify(baseURL));
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
  return new AsyncFunction('strapi', `${body}\nreturn { articles, page, topNews };`);
}

test('the README’s @strapi/client code reads the list, the article by slug and the top news', async () => {
  const { articles, page, topNews } = await readmeCode()(strapiClient);

  expect(articles.map((article) => article.slug)).toEqual(['joint-work-on-truce-in-libya-urged']);
  expect(page).toMatchObject({
    headline: 'Joint work on truce in Libya urged',
    dateline: 'ISTANBUL, Jan 8 (China Daily) -',
    editionDate: '2020-01-08',
  });
  expect(page.quotes.map((quote: { speaker: string }) => quote.speaker)).toContain(
    'Mevlut Cavusoglu'
  );
  expect(page.topNews.map((item: { title: string }) => item.title)).toContain(
    'BRI diversifies paths for CELAC cooperation'
  );
  expect(topNews).toMatchObject({ date: '2020-01-08', locale: 'en' });
  expect(topNews.items).toHaveLength(6);
  expect(topNews.items[0]).toMatchObject({
    position: 1,
    title: "Xi's Quotes: Shared wisdom in Chinese and Latin American cultures",
    pinned: true,
  });
});
