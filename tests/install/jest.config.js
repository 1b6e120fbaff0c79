/**
 * `npm run test:install` (scripts/test-install.js): the packed plugin installed into fresh Strapi
 * apps. Plain CommonJS, no transform. Two apps at a time on a 2-core machine: while one compiles,
 * the other downloads.
 */
const path = require('node:path');

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  roots: ['<rootDir>/tests/install'],
  testMatch: ['**/*.test.js'],
  testEnvironment: 'node',
  transform: {},
  globalSetup: '<rootDir>/tests/install/global-setup.js',
  globalTeardown: '<rootDir>/tests/install/global-teardown.js',
  maxWorkers: 2,
  testTimeout: 120000,
};
