/** Two projects: pure-code unit tests, and integration tests that boot the playground Strapi. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];

module.exports = {
  // Booting Strapi and building the plugin take a while on 2 cores.
  testTimeout: 120000,
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
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/integration/helpers/global-setup.js',
    },
  ],
};
