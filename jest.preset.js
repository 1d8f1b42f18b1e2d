const nxPreset = require('@nx/jest/preset').default;

/** ESM-only packages that the app loads through require(esm) at run time, which Jest's module system lacks. */
const ESM_ONLY_PACKAGES = ['content-disposition'];

/** Shared by every project: TypeScript through ts-jest, transpile only (typecheck is its own target). */
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // Integration tests start PostgreSQL servers and apps; a hung test still fails, later.
  testTimeout: 30_000,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
};
