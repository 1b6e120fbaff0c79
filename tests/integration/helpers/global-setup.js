const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { compileStrapi } = require('@strapi/strapi');
const { playgroundDir, pluginServerEntry, repoRoot } = require('./paths');

function newestMtime(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (newest, entry) =>
        Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
      0
    );
}

function pluginBuildIsStale() {
  if (!fs.existsSync(pluginServerEntry)) return true;
  const sources = ['server/src', 'admin/src'].map((dir) => newestMtime(path.join(repoRoot, dir)));
  return Math.max(...sources) > fs.statSync(pluginServerEntry).mtimeMs;
}

/**
 * Integration tests run the plugin as users get it — the built package (`dist/`, what Strapi loads
 * through the `./strapi-server` export) — so a stale build is rebuilt first rather than tested.
 * The playground's TypeScript is compiled too (incremental), as Strapi reads playground/dist.
 */
async function buildPluginAndPlayground() {
  if (pluginBuildIsStale()) {
    console.log('\nBuilding the plugin (server/ or admin/ changed since the last build)…');
    // flock: two Jest runs started side by side must not write dist/ at the same time.
    execFileSync('flock', [path.join(repoRoot, 'dist.lock'), 'npx', 'strapi-plugin', 'build'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  await compileStrapi({ appDir: playgroundDir });
}

module.exports = buildPluginAndPlayground;
module.exports.newestMtime = newestMtime;
