// Unit tests: the *.spec.ts files beside the code under src/. Pure code, no database.
module.exports = {
  displayName: 'deployment',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../coverage/libs/deployment',
};
