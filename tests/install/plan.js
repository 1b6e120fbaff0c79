/**
 * Which apps the install test creates, derived from package.json so that the test follows the
 * ranges the package declares:
 * - "latest": the Strapi the repository builds and tests against (devDependencies["@strapi/strapi"]);
 * - "lowest": the newest patch of the lowest minor that peerDependencies["@strapi/strapi"] admits.
 * Each dimension (TypeScript/JavaScript, with/without GraphQL, latest/lowest) is covered twice.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const pkg = () => JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

const APPS = [
  { name: 'latest-typescript-graphql', which: 'latest', language: 'typescript', graphql: true },
  { name: 'latest-javascript', which: 'latest', language: 'javascript', graphql: false },
  { name: 'lowest-typescript', which: 'lowest', language: 'typescript', graphql: false },
  { name: 'lowest-javascript-graphql', which: 'lowest', language: 'javascript', graphql: true },
];

/** [major, minor, patch] of a plain x.y.z version; null for anything else (prereleases, tags). */
function parseVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? match.slice(1).map(Number) : null;
}

function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** `^5.27.0` → { major: 5, minor: 27 }. The install test only understands a caret range on x.y.0. */
function caretFloor(range) {
  const match = /^\^(\d+)\.(\d+)\.0$/.exec(range ?? '');
  if (!match)
    throw new Error(
      `peerDependencies["@strapi/strapi"] should be a caret range like ^5.27.0, not ${JSON.stringify(range)}`
    );
  return { major: Number(match[1]), minor: Number(match[2]) };
}

function npmView(spec, field) {
  const out = execFileSync('npm', ['view', spec, field, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const value = JSON.parse(out || 'null');
  return Array.isArray(value) ? value : value === null ? [] : [value];
}

/** Asks the npm registry (two look-ups per version) which versions to install. */
function resolvePlan() {
  const manifest = pkg();
  const latest = manifest.devDependencies['@strapi/strapi'];
  if (!parseVersion(latest))
    throw new Error(`devDependencies["@strapi/strapi"] should be an exact version, not ${latest}`);
  const floor = caretFloor(manifest.peerDependencies?.['@strapi/strapi']);

  const strapiVersions = npmView('@strapi/strapi', 'versions').filter(parseVersion);
  const inLowestMinor = strapiVersions.filter((v) => {
    const [major, minor] = parseVersion(v);
    return major === floor.major && minor === floor.minor;
  });
  if (inLowestMinor.length === 0)
    throw new Error(`no @strapi/strapi ${floor.major}.${floor.minor}.x on the registry`);
  const lowest = inLowestMinor.sort(compareVersions).at(-1);

  // create-strapi-app is not published for every Strapi version: take the newest one not newer
  // than the app's Strapi, in the same major, and pin the app's @strapi/* packages when it differs.
  const creators = npmView('create-strapi-app', 'versions').filter(parseVersion);
  const creatorFor = (version) => {
    const [major] = parseVersion(version);
    const candidates = creators.filter(
      (v) => parseVersion(v)[0] === major && compareVersions(v, version) <= 0
    );
    if (candidates.length === 0)
      throw new Error(`no create-strapi-app ${major}.x at or below ${version}`);
    return candidates.sort(compareVersions).at(-1);
  };

  const versions = {
    latest: { strapi: latest, creator: creatorFor(latest) },
    lowest: { strapi: lowest, creator: creatorFor(lowest) },
  };
  return { versions, apps: APPS.map((app) => ({ ...app, ...versions[app.which] })) };
}

module.exports = { APPS, repoRoot, pkg, resolvePlan, parseVersion, compareVersions, caretFloor };
