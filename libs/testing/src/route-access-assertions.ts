import type { INestApplication } from '@nestjs/common';

import { listRouteAccess } from '@mpp/platform';

/**
 * Asserts that every route of the app declares its access rule, and that the OpenAPI
 * document shows it on every operation. Routes added later are covered without anyone
 * remembering to add them here.
 */
export function expectEveryRouteToDeclareAccess(app: INestApplication, openApi: { paths: Record<string, Record<string, unknown>> }): void {
  const routes = listRouteAccess(app);
  expect(routes.length).toBeGreaterThan(0);
  expect(routes.filter((route) => !route.rule).map((route) => `${route.controller}.${route.handler}`)).toEqual([]);
  const undocumented = Object.entries(openApi.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, operation]) => !(operation as Record<string, unknown>)['x-access'])
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
  expect(undocumented).toEqual([]);
}
