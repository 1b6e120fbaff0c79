#!/usr/bin/env node
/**
 * `npm run test:db`: the integration suite again on PostgreSQL and on MariaDB/MySQL. Each test file
 * creates (and drops) its own database on the server, so runs never see each other's rows.
 * `npm run test:cluster` (`--cluster`): the two-process suites (tests/integration/multi-process/)
 * instead, which test:db leaves out so that CI runs and counts each test once.
 * DATABASE_HOST / DATABASE_PORT / DATABASE_USERNAME / DATABASE_PASSWORD override the local defaults.
 * With JEST_JSON_DIR set, each run also writes Jest's JSON results there (for .ci/run's count).
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const clients = (process.env.TEST_DB_CLIENTS ?? 'postgres,mysql').split(',');
const cluster = process.argv.includes('--cluster');
const jestArgs = process.argv.slice(2).filter((arg) => arg !== '--cluster');
const jest = require.resolve('jest/bin/jest');
let failed = false;

for (const client of clients) {
  console.log(`\n=== ${cluster ? 'two-process suites' : 'integration suite'} on ${client} ===`);
  const args = [
    jest,
    '--selectProjects',
    'integration',
    '--runInBand',
    ...(cluster ? ['tests/integration/multi-process'] : []),
    ...jestArgs,
  ];
  if (process.env.JEST_JSON_DIR) {
    const name = `jest-${cluster ? 'cluster-' : ''}${client}.json`;
    args.push('--json', `--outputFile=${path.join(process.env.JEST_JSON_DIR, name)}`);
  }
  const run = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_CLIENT: client,
      ...(cluster && { NEWSROOM_TEST_CLUSTER: '1' }),
    },
  });
  if (run.status !== 0) failed = true;
}

process.exit(failed ? 1 : 0);
