/**
 * Once per `npm run test:install`: a temporary work folder, the plugin built and packed into it
 * (`npm run build`, then `npm pack`, under the same lock as the other suites' builds), the versions
 * to install (plan.js), and create-strapi-app fetched once per version (so that two apps created
 * side by side do not race in npx's cache). Everything the test files need is in plan.json.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { cleanEnv, progress } = require('./helpers/process');
const { repoRoot, resolvePlan } = require('./plan');

module.exports = async () => {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-install-'));
  process.env.NEWSROOM_INSTALL_WORK = work;
  progress('setup', `work folder ${work}`);

  const plan = resolvePlan();
  progress(
    'setup',
    `apps: ${plan.apps.map((app) => `${app.name} (Strapi ${app.strapi}, create-strapi-app ${app.creator})`).join(', ')}`
  );

  const packDir = path.join(work, 'package');
  fs.mkdirSync(packDir);
  const buildLog = path.join(work, 'plugin-build.log');
  const packJson = path.join(work, 'pack.json');
  progress('setup', 'npm run build && npm pack (the plugin)…');
  try {
    execFileSync(
      'flock',
      [
        path.join(repoRoot, 'dist.lock'),
        'sh',
        '-c',
        'npm run build >"$1" 2>&1 && npm pack --pack-destination "$2" --json >"$3" 2>>"$1"',
        'sh',
        buildLog,
        packDir,
        packJson,
      ],
      { cwd: repoRoot, stdio: 'inherit' }
    );
  } catch (error) {
    throw new Error(
      `building or packing the plugin failed, see ${buildLog}:\n${fs.readFileSync(buildLog, 'utf8').slice(-3000)}`,
      { cause: error }
    );
  }
  const [packed] = JSON.parse(fs.readFileSync(packJson, 'utf8'));
  const tarball = path.join(packDir, packed.filename);

  for (const creator of new Set(plan.apps.map((app) => app.creator))) {
    progress('setup', `npx create-strapi-app@${creator} --version`);
    execFileSync('npx', ['-y', `create-strapi-app@${creator}`, '--version'], {
      cwd: work,
      env: cleanEnv(),
      stdio: ['ignore', 'ignore', 'ignore'],
    });
  }

  fs.writeFileSync(
    path.join(work, 'plan.json'),
    JSON.stringify(
      { ...plan, tarball, packedFiles: packed.files.map((file) => file.path), started },
      null,
      2
    )
  );
  progress('setup', `ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${tarball}`);
};
