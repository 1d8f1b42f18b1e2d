const nxPreset = require('@nx/jest/preset').default;
const path = require('node:path');

/**
 * Shared by every project: TypeScript through ts-jest, transpile only (typecheck is its own target).
 * Jest's module system cannot load ES modules through `require` the way Node 22+ does, so the
 * ESM-only packages the code requires (cockatiel 4, @fastify/static 10's content-disposition 3) are turned into CommonJS for the tests;
 * every project's own `transform` is merged with this one.
 */
const esmOnlyPackages = ['cockatiel', 'content-disposition'];

module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    [`/node_modules/(${esmOnlyPackages.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: path.join(__dirname, 'tsconfig.jest-esm.json'), diagnostics: false },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  // Integration tests start PostgreSQL servers and apps; a hung test still fails, later.
  testTimeout: 30_000,
};
