/** Suites that need a Redis server (TEST_REDIS_URL): `npm run test:redis`. */
module.exports = {
  displayName: 'api-redis',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/test/redis/**/*.redis-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  globalSetup: '<rootDir>/../../libs/persistence/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/persistence/src/testing/jest-global-teardown.ts',
};
