export { createTestDatabase, type TestDatabase } from '@mpp/persistence';
export * from './test-app';
export * from './route-access-assertions';
export * from './staff-fixtures';
export * from './tenant-isolation';
export * from './sample-deployments';
export * from './device-fixtures';
export * from './malformed-requests';
export * from './hostile-callers';
