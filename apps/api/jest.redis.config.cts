/**
 * Suites that need a Redis server (TEST_REDIS_URL): `npm run test:redis`. The admin app's
 * Redis suites (revocations announced between instances) run here too, so one command runs all.
 */
module.exports = {
  displayName: 'api-redis',
  preset: '../../jest.preset.js',
  roots: ['<rootDir>/test/redis', '<rootDir>/../admin/test/redis'],
  testMatch: ['**/test/redis/**/*.redis-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  globalSetup: '<rootDir>/../../libs/persistence/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/persistence/src/testing/jest-global-teardown.ts',
};
