import path from 'node:path';

import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the built API, admin app and web app, started as `npm start` starts them, on
 * a throwaway embedded PostgreSQL, driven through Debian's Chromium. One set of apps for the
 * whole run (globalSetup); files run one after another.
 */
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: { '@mpp/api-client': path.resolve(import.meta.dirname, '../../libs/api-client/src/index.ts') },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
