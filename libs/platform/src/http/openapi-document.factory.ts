import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

import { API_KEY_SCHEME, BEARER_SCHEME, DEVICE_SCHEME } from '../access/access.decorators';
import type { AppConfig } from '../config/app-config';
import { describeAccess, type DocumentedAccess } from './openapi-access-text';
import { applyValidationConstraints } from './openapi-constraints';
import { constrainParameters, requestClasses } from './openapi-parameters';

/** A tag every operation of an app may use, with what it groups (Spectral: operation-tag-defined). */
export interface OpenApiTag {
  name: string;
  description: string;
}

export interface OpenApiOptions {
  title: string;
  description: string;
  version: string;
  tags: readonly OpenApiTag[];
  /** The requests this app sends to integrators, as OpenAPI 3.1 `webhooks` would hold them; written as `x-webhooks` (decision 0071). */
  webhooks?: Record<string, unknown>;
}

type Operation = {
  description?: string;
  summary?: string;
  security?: unknown[];
  responses?: Record<string, Response>;
  'x-access'?: DocumentedAccess;
  'x-deprecation'?: { since: string; sunset: string; successor?: string };
  deprecated?: boolean;
};
type Response = { description?: string; headers?: Record<string, unknown>; content?: Record<string, unknown> };

const ERROR_BODY = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } };
const HEADER = (name: string) => ({ $ref: `#/components/headers/${name}` });

/**
 * The app's OpenAPI document: what the controllers' decorators say, plus what holds for every
 * operation and is therefore written once here rather than on each route: the servers from
 * PUBLIC_BASE_URL, the declared tags, the standard error answers (400, 401 unless public, 429,
 * 500, 503) with the one error body, the rate-limit and CORS headers every answer carries, the
 * constraints class-validator enforces on request fields, and the access rule in words.
 */
export function createOpenApiDocument(app: INestApplication, options: OpenApiOptions, config: AppConfig): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(options.version)
    .addServer(config.http.publicBaseUrl ?? '/', serverDescription(config))
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'Staff access token from POST /v1/auth/login: a JWS signed with HS256 only (the algorithm is pinned, "none" refused), ' +
          'with issuer and audience checked and a 15-minute lifetime, following the JWT best current practices of RFC8725.',
      },
      BEARER_SCHEME,
    )
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'Integrator API key, issued by an admin' }, API_KEY_SCHEME)
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Device-Token',
        description: 'Token of a registered kiosk or board, issued by a region admin',
      },
      DEVICE_SCHEME,
    );
  for (const tag of options.tags) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build());
  document.info.contact = { name: 'Mal Pelayanan Publik platform team' };
  // Integrators outside the deployment's network call this server (OWASP API9: inventory).
  for (const server of document.servers ?? []) Object.assign(server, { 'x-internal': false });
  for (const operation of operations(document)) {
    // Public operations say so in the document itself: an empty security list, not an omission.
    const access = operation['x-access'];
    if (access?.kind === 'public' && !access.integrators) operation.security = [];
    addStandardAnswers(operation);
    if (operation['x-deprecation']) markDeprecated(operation, operation['x-deprecation']);
    if (operation.responses?.['304']) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^(2|304)/.test(status)) response.headers = { ...response.headers, ETag: HEADER('ETag') };
      }
    }
    const text = [operation.description ?? operation.summary, access && describeAccess(access)].filter(Boolean).join('\n\n');
    if (text) operation.description = text;
  }
  // Only the headers some answer refers to (Deprecation and Sunset only once an operation is deprecated).
  const used = new Set([...JSON.stringify(document.paths).matchAll(/#\/components\/headers\/([A-Za-z-]+)/g)].map((match) => match[1]));
  const headers = Object.fromEntries(Object.entries(STANDARD_HEADERS).filter(([name]) => used.has(name)));
  document.components = { ...document.components, headers: headers as never };
  const classes = requestClasses(app);
  applyValidationConstraints(document, classes.bodies);
  constrainParameters(document, classes.queries);
  if (options.webhooks) Object.assign(document, { 'x-webhooks': options.webhooks });
  return document;
}

/** A deprecated operation (the Deprecated decorator) says so, with the headers its answers carry. */
function markDeprecated(operation: Operation, notice: { since: string; sunset: string; successor?: string }): void {
  operation.deprecated = true;
  const replaced = notice.successor ? ` Use ${notice.successor} instead.` : '';
  operation.description = `**Deprecated** since ${notice.since}; it stops answering after ${notice.sunset}.${replaced}\n\n${operation.description ?? ''}`;
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (status.startsWith('2')) response.headers = { ...response.headers, Deprecation: HEADER('Deprecation'), Sunset: HEADER('Sunset') };
  }
}

function serverDescription(config: AppConfig): string {
  const environment = { production: 'Production', development: 'Local development', test: 'Test' }[config.env];
  return config.http.publicBaseUrl
    ? `${environment} server (PUBLIC_BASE_URL)`
    : `${environment} server: this process's own address (set PUBLIC_BASE_URL to the address integrators call)`;
}

function* operations(document: OpenAPIObject): Generator<Operation> {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation) yield operation;
    }
  }
}

/** The answers any route can give, whatever its handler does; a route's own description of a status wins. */
function addStandardAnswers(operation: Operation): void {
  const responses = (operation.responses ??= {});
  const standard: Record<string, string> = {
    '400': 'VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule',
    '429': 'RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds',
    '500': 'INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support',
    '503': 'DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds',
  };
  if (operation['x-access']?.kind !== 'public')
    standard['401'] = 'UNAUTHENTICATED, API_KEY_INVALID or DEVICE_TOKEN_INVALID: no valid credentials';
  for (const [status, description] of Object.entries(standard)) {
    responses[status] ??= { description, content: ERROR_BODY };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (/^[24]/.test(status)) {
      response.headers = {
        'X-RateLimit-Limit': HEADER('X-RateLimit-Limit'),
        'X-RateLimit-Remaining': HEADER('X-RateLimit-Remaining'),
        'X-RateLimit-Reset': HEADER('X-RateLimit-Reset'),
        ...response.headers,
      };
    }
    if (status === '429' || status === '503') response.headers = { 'Retry-After': HEADER('Retry-After'), ...response.headers };
    response.headers = { 'Access-Control-Allow-Origin': HEADER('Access-Control-Allow-Origin'), ...response.headers };
  }
}

const integer = (maximum: number) => ({ type: 'integer', format: 'int32', minimum: 0, maximum });

/** Headers that every answer may carry, written once (components.headers). */
const STANDARD_HEADERS = {
  'X-RateLimit-Limit': {
    description: 'Requests allowed per minute to this caller: per API key, registered device, or client address',
    schema: integer(1_000_000),
  },
  'X-RateLimit-Remaining': { description: 'Requests left in the current minute', schema: integer(1_000_000) },
  'X-RateLimit-Reset': { description: 'Seconds until the budget is full again', schema: integer(60) },
  ETag: {
    description: 'Weak validator of the answer (a hash of its body): send it back as If-None-Match to get 304 while it is current',
    schema: { type: 'string', maxLength: 64, pattern: '^W/"[A-Za-z0-9_-]+"$' },
  },
  Deprecation: {
    description: 'RFC 9745: this operation is deprecated, since the time given as @<unix seconds>',
    schema: { type: 'string', pattern: '^@\\d+$', maxLength: 16 },
  },
  Sunset: {
    description: 'RFC 8594: the HTTP date after which this operation may stop answering',
    schema: { type: 'string', maxLength: 40, pattern: '^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$' },
  },
  'Retry-After': { description: 'Seconds to wait before trying again (RFC 9110)', schema: integer(86_400) },
  'Access-Control-Allow-Origin': {
    description: 'Sent to browsers when the request’s Origin is one of the origins the deployment allows (CORS_ORIGINS)',
    schema: { type: 'string', format: 'uri', maxLength: 2048 },
  },
};
