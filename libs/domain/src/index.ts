export * from './errors/domain-error';
export * from './paging/page-request';
export * from './regions/region-code';
export * from './regions/time-zone';
