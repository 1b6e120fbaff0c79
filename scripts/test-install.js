#!/usr/bin/env node
/**
 * `npm run test:install`: the plugin as users get it. Builds and packs it, creates fresh Strapi
 * apps with create-strapi-app (TypeScript and JavaScript, with and without GraphQL, on the Strapi
 * the repository builds with and on the lowest minor the peer range admits), installs the tarball,
 * builds, starts, and checks the REST, admin and GraphQL routes and the admin panel in Chromium.
 * What it does step by step: docs/install.md. Needs the npm registry; about 15 minutes on 2 cores.
 * With JEST_JSON_DIR set, also writes Jest's JSON results there (for .ci/run's count).
 * KEEP_INSTALL_APPS=1 keeps the temporary apps, their logs and screenshots.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const started = Date.now();
const args = [
  require.resolve('jest/bin/jest'),
  '-c',
  path.join(__dirname, '..', 'tests', 'install', 'jest.config.js'),
  ...process.argv.slice(2),
];
if (process.env.JEST_JSON_DIR)
  args.push('--json', `--outputFile=${path.join(process.env.JEST_JSON_DIR, 'jest-install.json')}`);

const run = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  cwd: path.join(__dirname, '..'),
});
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\ntest:install took ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
process.exit(run.status ?? 1);
