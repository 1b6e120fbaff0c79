const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const buildPluginAndPlayground = require('../integration/helpers/global-setup');
const { newestMtime } = require('../integration/helpers/global-setup');
const { playgroundDir, repoRoot } = require('../integration/helpers/paths');
const { CHROMIUM } = require('./browser-path');

const adminIndex = path.join(playgroundDir, 'dist', 'build', 'index.html');

/** The playground's admin bundle embeds the plugin's built admin (dist/admin): rebuild it when older. */
function adminBuildIsStale() {
  if (!fs.existsSync(adminIndex)) return true;
  const sources = [
    path.join(repoRoot, 'dist', 'admin'),
    path.join(playgroundDir, 'src', 'admin'),
    path.join(playgroundDir, 'config'),
  ].filter(fs.existsSync);
  return Math.max(...sources.map(newestMtime)) > fs.statSync(adminIndex).mtimeMs;
}

/** Browser tests need the plugin, the playground and the playground's admin panel built — and Chromium. */
module.exports = async () => {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(
      `\nBrowser tests SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium).`
    );
    return;
  }
  await buildPluginAndPlayground();
  if (adminBuildIsStale()) {
    console.log('\nBuilding the playground admin panel for the browser tests (about a minute)…');
    execFileSync(
      'flock',
      [path.join(repoRoot, 'playground-build.lock'), 'npx', 'strapi', 'build'],
      {
        cwd: playgroundDir,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
      }
    );
  }
};
