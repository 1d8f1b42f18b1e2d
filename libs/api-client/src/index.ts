import createClient, { type ClientOptions, type Middleware } from 'openapi-fetch';

import type { components as AdminComponents, paths as AdminPaths } from './generated/admin';
import type { components as ApiComponents, paths as ApiPaths } from './generated/api';

export type { AdminComponents, AdminPaths, ApiComponents, ApiPaths, Middleware };
export { accessRules as adminAccessRules } from './generated/admin';
export { accessRules as apiAccessRules } from './generated/api';

/** A schema of the API's OpenAPI document, by name: `ApiSchema<'TicketDto'>`. */
export type ApiSchema<Name extends keyof ApiComponents['schemas']> = ApiComponents['schemas'][Name];
/** A schema of the admin API's OpenAPI document, by name. */
export type AdminSchema<Name extends keyof AdminComponents['schemas']> = AdminComponents['schemas'][Name];

/** The body every error of both apps shares. */
export interface ApiErrorBody {
  status: number;
  code: string;
  message: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
}

export function createApiClient(options: ClientOptions = {}) {
  return createClient<ApiPaths>(options);
}

/** A route's declared access rule, as the OpenAPI documents carry it (`x-access`). */
export interface AccessRule {
  kind: string;
  roles?: readonly string[];
  region?: { in: string; name: string };
}

export function createAdminClient(options: ClientOptions = {}) {
  return createClient<AdminPaths>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
export type AdminClient = ReturnType<typeof createAdminClient>;

/** Whether an unknown error value is the platform's error body. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string';
}
