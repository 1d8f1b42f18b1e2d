import type { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';

import { DEPLOYMENT_CODE } from './code-field';
import { constraintsOf, type DtoClass, type Schema } from './openapi-constraints';

type Parameter = { in: string; name: string; schema?: Schema };

const UUID = { format: 'uuid', maxLength: 36 };
const DEPLOYMENT = { pattern: DEPLOYMENT_CODE.source, maxLength: 40 };

/**
 * What the path parameters of both APIs hold, by name: a route's `:code` is always a
 * kabupaten/kota code, `:siteCode` a deployment code, `:id` a UUID, and so on. Handlers check
 * them (REGION_CODE_INVALID, ParseUUIDPipe, the domain's parsers); this says so in the document.
 */
const PATH_PARAMETERS: Record<string, Schema> = {
  code: { pattern: '^\\d{2}\\.\\d{2}$', maxLength: 5, description: 'Kabupaten/kota code (Kemendagri), e.g. 32.71' },
  regionCode: { pattern: '^\\d{2}\\.\\d{2}$', maxLength: 5, description: 'Kabupaten/kota code (Kemendagri), e.g. 32.71' },
  provinceCode: { pattern: '^\\d{2}$', maxLength: 2 },
  siteCode: DEPLOYMENT,
  agencyCode: DEPLOYMENT,
  serviceCode: DEPLOYMENT,
  counterCode: DEPLOYMENT,
  id: UUID,
  ticketId: UUID,
  documentId: UUID,
  attachmentId: UUID,
  deliveryId: UUID,
  trackingCode: {
    pattern: '^[0-9A-Za-z -]+$',
    maxLength: 64,
    description: 'Tracking code as printed (`7KQ2M-9XW4T`); case, spaces and dashes are forgiven',
  },
  bookingCode: { pattern: '^[0-9A-Za-z]+$', maxLength: 16 },
  token: { pattern: '^[A-Za-z0-9_.-]+$', maxLength: 1024, description: 'The signed, short-lived download link token' },
};

/**
 * Constraints of parameters the explorer writes without them: path parameters from the table
 * above, query parameters from the class-validator decorators of the handler's `@Query()` DTO
 * (found through the operation id, `Controller_handler`).
 */
export function constrainParameters(document: OpenAPIObject, queryDtos: Map<string, DtoClass>): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item) as { operationId?: string; parameters?: Parameter[] }[]) {
      if (!operation || typeof operation !== 'object' || !Array.isArray(operation.parameters)) continue;
      for (const parameter of operation.parameters) {
        const schema = (parameter.schema ??= { type: 'string' });
        const name = parameter.name === 'code' && path.includes('/provinces/') ? 'provinceCode' : parameter.name;
        if (parameter.in === 'path') fill(schema, PATH_PARAMETERS[name]);
        const dto = operation.operationId ? queryDtos.get(operation.operationId) : undefined;
        if (parameter.in === 'query' && dto) fill(schema, constraintsOf(dto, parameter.name));
      }
    }
  }
}

function fill(schema: Schema, constraints: Schema | undefined): void {
  for (const [key, value] of Object.entries(constraints ?? {})) {
    if (key === 'description') continue;
    if (schema[key] === undefined) schema[key] = value;
  }
}

/** The `@Query()` DTO class of each operation (by operation id) and every `@Body()` DTO class. */
export function requestClasses(app: INestApplication): { queries: Map<string, DtoClass>; bodies: Set<DtoClass> } {
  const found = new Map<string, DtoClass>();
  const bodies = new Set<DtoClass>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        if (name === 'constructor') continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          { index: number; data?: unknown }
        >;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as (DtoClass | ObjectConstructor)[];
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[arg.index];
          if (!type || type === Object || arg.data !== undefined) continue;
          if (kind === RouteParamtypes.QUERY) found.set(`${controller.name}_${name}`, type);
          if (kind === RouteParamtypes.BODY) bodies.add(type);
        }
      }
    }
  }
  return { queries: found, bodies };
}
