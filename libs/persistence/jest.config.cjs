// Unit and integration tests: the *.spec.ts files beside the code under src/.
module.exports = {
  displayName: 'persistence',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  globalSetup: '<rootDir>/../../libs/persistence/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/persistence/src/testing/jest-global-teardown.ts',
  coverageDirectory: '../../coverage/libs/persistence',
};
