#!/usr/bin/env node
/**
 * `npm run import -- FILE… [--publish] [--locale xx]`: imports story files (spec §8), and IPTC
 * ninjs documents from `.json` files (docs/ninjs.md), into the playground's database (DATABASE_* variables as for the playground; SQLite by default), one
 * transaction per file, with a line per file and a summary. Exits 1 when any file failed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');

const { compileStrapi, createStrapi } = require('@strapi/strapi');

const playgroundDir = path.resolve(__dirname, '..', 'playground');

/** A `.json` file is a ninjs document; anything else a text story, given as bytes so its UTF-8 is checked. */
function readInput(file) {
  const bytes = fs.readFileSync(file);
  if (path.extname(file).toLowerCase() !== '.json') return bytes;
  try {
    return { ninjs: JSON.parse(bytes.toString('utf8')) };
  } catch (error) {
    throw new Error(`not JSON: ${error.message}`, { cause: error });
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { publish: { type: 'boolean', default: false }, locale: { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error('usage: npm run import -- FILE… [--publish] [--locale xx]');
    process.exit(2);
  }

  if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'server', 'index.js'))) {
    console.error('The plugin is not built yet: run `npm run build` first.');
    process.exit(2);
  }
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const { distDir } = await compileStrapi({ appDir: playgroundDir });
  const strapi = await createStrapi({
    appDir: playgroundDir,
    distDir,
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  const stories = strapi.plugin('newsroom').service('stories');

  let imported = 0;
  let failed = 0;
  for (const [index, file] of positionals.entries()) {
    const label = `[${index + 1}/${positionals.length}] ${file}`;
    try {
      const { article, quotes, topNews } = await stories.importStory(readInput(file), values);
      imported += 1;
      console.log(
        `${label}: ${values.publish ? 'published' : 'draft'} "${article.headline}" → ${article.slug} (${quotes.length} quotes, ${topNews.length} top-news pins)`
      );
    } catch (error) {
      failed += 1;
      console.log(`${label}: FAILED — ${error.message}`);
    }
  }
  console.log(`${imported} imported, ${failed} failed`);
  await strapi.destroy();
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
