import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';

import { ACCESS_RULE, type AccessRule } from './access.decorators';

export interface RouteAccess {
  controller: string;
  handler: string;
  rule?: AccessRule;
}

/** Every controller route of a running app with the access rule it declares, for tests and audits. */
export function listRouteAccess(app: INestApplication): RouteAccess[] {
  const reflector = app.get(Reflector);
  const routes: RouteAccess[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, controller]);
        routes.push({ controller: controller.name, handler: name, rule });
      }
    }
  }
  return routes;
}
