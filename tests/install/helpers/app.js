/** A fresh Strapi app made and prepared the way docs/install.md tells a user to. */
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { cleanEnv, run } = require('./process');

/** Values unlike the plugin's defaults ("" and "UTC"): seeing them proves the app's config is read. */
const NEWSROOM_CONFIG = { agency: 'Install Test Agency', editionTimeZone: 'Europe/Paris' };

const NEWSROOM_ENTRY = `  newsroom: {
    enabled: true,
    config: {
      agency: '${NEWSROOM_CONFIG.agency}',
      editionTimeZone: '${NEWSROOM_CONFIG.editionTimeZone}',
    },
  },
`;

/** The peer dependencies must come from the app: a copy under the plugin would be a second React, design system… */
const PEERS_FROM_THE_APP = [
  '@strapi/strapi',
  '@strapi/design-system',
  '@strapi/icons',
  'react',
  'react-dom',
  'react-intl',
  'react-router-dom',
  'styled-components',
  '@strapi/plugin-graphql',
];

const npmViewJson = (spec, field) =>
  JSON.parse(execFileSync('npm', ['view', spec, field, '--json'], { encoding: 'utf8' }) || '{}');

const secret = () => crypto.randomBytes(16).toString('base64');

/**
 * The secrets create-strapi-app writes to .env, given as environment variables (they win over .env).
 * No NODE_ENV, as `npm run build` and `npm run start` run on a developer's machine: in production
 * Strapi 5.27 refuses the admin's session cookie over plain HTTP (500 on register-admin).
 */
function appEnv(extra = {}) {
  return cleanEnv({
    APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: '.tmp/data.db',
    ...extra,
  });
}

/**
 * `npx create-strapi-app@<creator> <dir> --skip-cloud --no-run --use-npm --no-example --no-git-init
 * --skip-db --install --typescript|--javascript`. When create-strapi-app is not published for the
 * app's Strapi version, the newest older one creates the app without installing, its @strapi/*
 * dependencies are pinned to the version, and `npm install` installs them.
 */
async function createApp({ work, name, language, strapi, creator, logFile }) {
  const dir = path.join(work, name);
  const exact = creator === strapi;
  await run(
    'npx',
    [
      '-y',
      `create-strapi-app@${creator}`,
      dir,
      '--skip-cloud',
      '--no-run',
      '--use-npm',
      '--no-example',
      '--no-git-init',
      '--skip-db',
      `--${language}`,
      exact ? '--install' : '--no-install',
    ],
    // create-strapi-app before 5.3x asks "Participate in anonymous A/B testing?" whatever the flags: no.
    { cwd: work, logFile, input: 'n\n' }
  );
  if (!fs.existsSync(path.join(dir, 'package.json')))
    throw new Error(`create-strapi-app@${creator} ended without creating ${dir}; see ${logFile}`);
  if (!exact) {
    const manifestPath = path.join(dir, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies)) {
      if (dependency.startsWith('@strapi/')) manifest.dependencies[dependency] = strapi;
    }
    // @strapi/admin, @strapi/utils… are peers of Strapi's own packages; npm installs a missing peer
    // at its newest version, so an older Strapi installed today mixes in the newest admin and does
    // not build, plugin or not (content-type-builder 5.27 imports what admin 5.54 removed). The
    // app pins the @strapi/* packages its @strapi/strapi pins, as the lockfile of its day did.
    for (const [dependency, spec] of Object.entries(
      npmViewJson(`@strapi/strapi@${strapi}`, 'dependencies')
    )) {
      if (
        dependency.startsWith('@strapi/') &&
        spec === strapi &&
        !manifest.dependencies[dependency]
      )
        manifest.dependencies[dependency] = strapi;
    }
    fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    await run('npm', ['install'], { cwd: dir, logFile });
  }
  return dir;
}

/** `npm install <tarball> [@strapi/plugin-graphql@<version>]`: npm's output (its warnings are reported). */
function installPlugin({ dir, tarball, graphql, strapi, logFile }) {
  return run(
    'npm',
    ['install', tarball, ...(graphql ? [`@strapi/plugin-graphql@${strapi}`] : [])],
    { cwd: dir, logFile }
  );
}

/** Adds the newsroom entry first in the object config/plugins.(ts|js) returns (create-strapi-app writes one). */
function configurePlugin({ dir, language }) {
  const file = path.join(dir, 'config', language === 'typescript' ? 'plugins.ts' : 'plugins.js');
  const source = fs.readFileSync(file, 'utf8');
  const empty = /=>\s*\(\{\s*\}\)/; // `() => ({})`
  const opening = /=>\s*\(\{[ \t]*\n/; // `=> ({` and entries on the lines below
  let configured;
  if (empty.test(source)) configured = source.replace(empty, () => `=> ({\n${NEWSROOM_ENTRY}})`);
  else if (opening.test(source))
    configured = source.replace(opening, () => `=> ({\n${NEWSROOM_ENTRY}`);
  else throw new Error(`${file} does not return an object literal; it reads:\n${source}`);
  fs.writeFileSync(file, configured);
  return { file, source: configured };
}

/** `strapi build`: compiles TypeScript, builds the admin panel with the plugin. */
function buildApp({ dir, env, logFile }) {
  return run(path.join(dir, 'node_modules', '.bin', 'strapi'), ['build'], {
    cwd: dir,
    env,
    logFile,
  });
}

/** The copies of the peers npm put under the plugin instead of sharing the app's. */
function nestedPeers(dir) {
  const nested = path.join(dir, 'node_modules', 'strapi-plugin-newsroom', 'node_modules');
  return PEERS_FROM_THE_APP.filter((name) =>
    fs.existsSync(path.join(nested, name, 'package.json'))
  );
}

/** The version of a package the app resolves at top level. */
function installedVersion(dir, name, from = dir) {
  const file = path.join(from, 'node_modules', name, 'package.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).version : null;
}

module.exports = {
  NEWSROOM_CONFIG,
  appEnv,
  createApp,
  installPlugin,
  configurePlugin,
  buildApp,
  nestedPeers,
  installedVersion,
};
