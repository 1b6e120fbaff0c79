#!/usr/bin/env node
/**
 * `npm run demo`: build the plugin and the playground, then serve admin + API on
 * http://localhost:1337 with the first admin and the Libya story (playground/src/demo.ts does both
 * at bootstrap, so re-runs keep what is already in the database).
 */
const { execFileSync, spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const env = {
  ...process.env,
  NEWSROOM_DEMO: '1',
  NEWSROOM_ADMIN_EMAIL: process.env.NEWSROOM_ADMIN_EMAIL || 'admin@newsroom.local',
  NEWSROOM_ADMIN_PASSWORD: process.env.NEWSROOM_ADMIN_PASSWORD || 'Newsroom-demo-1',
  STRAPI_TELEMETRY_DISABLED: 'true',
};

function step(title, command, args, cwd = root) {
  console.log(`\n▶ ${title}`);
  execFileSync(command, args, { cwd, env, stdio: 'inherit' });
}

console.log('Newsroom demo');
console.log(`  admin login: ${env.NEWSROOM_ADMIN_EMAIL} / ${env.NEWSROOM_ADMIN_PASSWORD}`);
console.log(
  '  (set NEWSROOM_ADMIN_EMAIL / NEWSROOM_ADMIN_PASSWORD to choose others; used only when no admin exists yet)'
);

step('Building the plugin', 'npx', ['strapi-plugin', 'build']);
step('Building the playground (admin panel and server)', 'npm', [
  'run',
  'build',
  '--workspace',
  'playground',
]);

console.log('\n▶ Starting Strapi on http://localhost:1337 (admin: http://localhost:1337/admin)');
const strapi = spawn('npm', ['run', 'start', '--workspace', 'playground'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => strapi.kill(signal));
strapi.on('exit', (code) => process.exit(code ?? 0));
