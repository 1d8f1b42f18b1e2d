// Unit tests: the *.spec.ts files beside the code under src/. Adapters against their simulators over real sockets.
module.exports = {
  displayName: 'integrations',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../coverage/libs/integrations',
};
