const { getJestProjectsAsync } = require('@nx/jest');

/** `npx jest` at the root runs every project's unit tests; `npm test` runs them through Nx. */
module.exports = async () => ({ projects: await getJestProjectsAsync() });
