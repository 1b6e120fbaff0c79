/** Pure-code unit tests, integration tests that boot the playground Strapi, and browser tests. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];

// Several Strapi processes on one database is how users scale out on PostgreSQL and MariaDB;
// SQLite is one process's database. Those suites (tests/integration/multi-process/) run in
// `npm run test:cluster` only, which sets NEWSROOM_TEST_CLUSTER on each server database.
const clusterRun = process.env.NEWSROOM_TEST_CLUSTER === '1';

module.exports = {
  // Booting Strapi and building the plugin take a while on 2 cores.
  testTimeout: 120000,
  // The no-leak oracle first, whatever Jest's cache knows (tests/suites-first-sequencer.js).
  testSequencer: '<rootDir>/tests/suites-first-sequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testPathIgnorePatterns: clusterRun ? [] : ['/multi-process/'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/integration/helpers/global-setup.js',
    },
    {
      // Chromium against the built admin panel; skipped, with a notice, where Chromium is absent.
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/e2e/global-setup.js',
    },
  ],
};
