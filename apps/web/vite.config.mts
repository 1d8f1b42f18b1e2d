/// <reference types="vitest/config" />
import path from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { bundleBudget } from './bundle-budget.plugin.mts';

/** Citizens on a weak connection: their first page load carries at most this much JavaScript, gzipped. */
const CITIZEN_FIRST_LOAD_BUDGET = 150 * 1024;

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react(), bundleBudget(CITIZEN_FIRST_LOAD_BUDGET)],
  resolve: {
    alias: { '@mpp/api-client': path.resolve(import.meta.dirname, '../../libs/api-client/src/index.ts') },
  },
  server: { port: 3152, host: '127.0.0.1', proxy: { '/v1': 'http://127.0.0.1:3000' } },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
