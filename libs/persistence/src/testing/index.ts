/** The test tier's entry point (`@mpp/persistence/testing`): a fresh database per spec file. Never imported by production code. */
export * from './test-database';
