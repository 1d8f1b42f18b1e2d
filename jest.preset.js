const nxPreset = require('@nx/jest/preset').default;

/** Shared by every project: TypeScript through ts-jest, transpile only (typecheck is its own target). */
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // Integration tests start PostgreSQL servers and apps; a hung test still fails, later.
  testTimeout: 30_000,
};
