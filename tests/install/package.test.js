/** What `npm pack` puts in the tarball the apps install, and the ranges package.json declares. */
const fs = require('node:fs');
const path = require('node:path');

const { parseVersion, pkg } = require('./plan');

const plan = JSON.parse(
  fs.readFileSync(path.join(process.env.NEWSROOM_INSTALL_WORK, 'plan.json'), 'utf8')
);
const manifest = pkg();

/** `version` satisfies `range`, a `||` of caret ranges (`^5.27.0`, `^2.0.0-rc.30`); nothing else is used. */
function satisfiesCaret(version, range) {
  const v = parseVersion(version);
  return range.split('||').some((part) => {
    const match = /^\^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/.exec(part.trim());
    if (!match) throw new Error(`not a caret range: ${part}`);
    const floor = match.slice(1, 4).map(Number);
    if (v[0] !== floor[0] || floor[0] === 0) return false;
    for (let i = 1; i < 3; i += 1) if (v[i] !== floor[i]) return v[i] > floor[i];
    return true; // x.y.z itself, or above x.y.z-pre
  });
}

describe('the package', () => {
  it('holds dist/, README.md, LICENSE, CHANGELOG.md and package.json, nothing else', () => {
    const topLevel = [...new Set(plan.packedFiles.map((file) => file.split('/')[0]))].sort();
    expect(topLevel).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('holds every file its exports name (but the TypeScript sources)', () => {
    const targets = Object.values(manifest.exports)
      .flatMap((target) =>
        typeof target === 'string'
          ? [target]
          : Object.entries(target)
              .filter(([condition]) => condition !== 'source')
              .map(([, file]) => file)
      )
      .map((file) => file.replace(/^\.\//, ''));
    expect(targets.filter((file) => !plan.packedFiles.includes(file))).toEqual([]);
  });

  it('declares its Strapi range as peers, without the build tool, and GraphQL as an optional peer of the same range', () => {
    const peers = manifest.peerDependencies;
    expect(peers['@strapi/sdk-plugin']).toBeUndefined();
    expect(peers['@strapi/plugin-graphql']).toBe(peers['@strapi/strapi']);
    expect(manifest.peerDependenciesMeta?.['@strapi/plugin-graphql']).toEqual({ optional: true });
  });

  it('admits in every peer range the version the repository builds and tests with', () => {
    const refused = Object.entries(manifest.peerDependencies)
      .filter(([name]) => manifest.devDependencies[name])
      .filter(([name, range]) => !satisfiesCaret(manifest.devDependencies[name], range))
      .map(([name, range]) => `${name} ${range} refuses ${manifest.devDependencies[name]}`);
    expect(refused).toEqual([]);
  });
});
