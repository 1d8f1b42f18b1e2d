export * from './parse/validate-deployment';
export * from './parse/yaml-source';
export * from './schema/deployment.schema';
export * from './schema/json-schema';
export * from './plan/deployment-state';
export * from './plan/plan-deployment';
export * from './plan/calendars';
export * from './files/deployment-files';
