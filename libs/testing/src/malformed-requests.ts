/**
 * A malformed-request generator over an OpenAPI document: for every operation it sends each
 * path and query parameter and each body field a set of hostile values (NUL bytes, encoded
 * traversal, wrong types, null, huge and deeply nested values) while the rest of the request
 * stays plausible, and reports every answer that is a 5xx or lacks the shared error body.
 * New routes are covered by being in the document; nothing here names a route.
 */

type Schema = {
  type?: string;
  format?: string;
  example?: unknown;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; example?: unknown };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
export interface GeneratorDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface MalformedCase {
  method: string;
  path: string;
  what: string;
  headers?: Record<string, string>;
  body?: string;
  contentType?: string;
}

export interface BadAnswer {
  request: string;
  status: number;
  body: string;
}

/** Values for path and query parameters, already percent-encoded as a client would send them. */
export const MALFORMED_PARAMETER_VALUES = [
  '%00',
  'a%00b',
  '32.71%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%252f..%252f',
  '%E0%80',
  '%',
  'x'.repeat(3_000),
  '-1',
  '1e309',
  'NaN',
  '99.99',
  "'%20OR%201=1--",
  '%F0%9F%98%80',
  '%EF%BF%BF',
  '%ED%A0%80',
];

/** Values for body fields, as JSON values. */
export const MALFORMED_BODY_VALUES: unknown[] = [
  null,
  '',
  'a\u0000b',
  '\u0000',
  'x'.repeat(20_000),
  '\ud800',
  0,
  -1,
  1.5,
  1e308,
  true,
  [],
  ['x'],
  [null],
  {},
  { $gt: '' },
  '2026-02-30',
  '32.71\u0000',
];

const DEEP = 3_000;

/** Every malformed case of one document: per operation, per parameter and per body field. */
export function malformedCases(document: GeneratorDocument): MalformedCase[] {
  const cases: MalformedCase[] = [];
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = operation.parameters ?? [];
      const pathParams = parameters.filter((p) => p.in === 'path');
      const queryParams = parameters.filter((p) => p.in === 'query');
      const plausiblePath = (override?: { name: string; value: string }) =>
        template.replace(/\{([^}]+)\}/g, (_, name: string) =>
          override?.name === name
            ? override.value
            : encodeURIComponent(
                String(
                  plausibleParameter(
                    pathParams.find((p) => p.name === name),
                    document,
                  ),
                ),
              ),
        );
      const bodySchema = resolve(operation.requestBody?.content?.['application/json']?.schema, document);
      const plausibleBody = bodySchema ? plausibleValue(bodySchema, document) : undefined;
      const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: 'application/json' });
      const base = { method: method.toUpperCase() };
      const withBody = plausibleBody === undefined ? {} : json(plausibleBody);

      for (const param of pathParams) {
        for (const value of MALFORMED_PARAMETER_VALUES) {
          cases.push({
            ...base,
            ...withBody,
            path: plausiblePath({ name: param.name, value }),
            what: `path ${param.name}=${short(value)}`,
          });
        }
      }
      for (const param of queryParams) {
        const others = queryParams
          .filter((p) => p !== param && p.required)
          .map((p) => `${p.name}=${encodeURIComponent(String(plausibleParameter(p, document)))}`);
        for (const value of [...MALFORMED_PARAMETER_VALUES, `a&${param.name}=b`]) {
          const query = [...others, `${param.name}=${value}`].join('&');
          cases.push({ ...base, ...withBody, path: `${plausiblePath()}?${query}`, what: `query ${param.name}=${short(value)}` });
        }
      }
      if (method !== 'get' && method !== 'delete') {
        const path = plausiblePath();
        const nestedArrays = '['.repeat(DEEP) + ']'.repeat(DEEP);
        const nestedObjects = '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP);
        for (const [what, body] of [
          ['body nested arrays', nestedArrays],
          ['body nested objects', nestedObjects],
          ['body null', 'null'],
          ['body array', '[]'],
          ['body string', '"x"'],
          ['body number', '1'],
          ['body broken JSON', '{"a":'],
          ['body NUL byte', '{"a":"\u0000"}'],
          ['body prototype pollution', '{"__proto__":{"admin":true}}'],
        ] as const) {
          cases.push({ ...base, path, what, body, contentType: 'application/json' });
        }
        cases.push({ ...base, path, what: 'body YAML alias bomb', body: aliasBomb(), contentType: 'application/yaml' });
        if (bodySchema && isObject(plausibleBody)) {
          for (const field of fieldPaths(bodySchema, document)) {
            for (const value of MALFORMED_BODY_VALUES) {
              cases.push({
                ...base,
                path,
                ...json(setAt(structuredClone(plausibleBody), field, value)),
                what: `body ${field.join('.')}=${short(JSON.stringify(value) ?? 'undefined')}`,
              });
            }
          }
        }
      }
    }
  }
  return cases;
}

/** Sends every case (a few at a time) and returns the answers that break the promise. */
export async function sendMalformedCases(baseUrl: string, cases: MalformedCase[], headers: Record<string, string>): Promise<BadAnswer[]> {
  const bad: BadAnswer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const item = cases[next++];
      const answer = await send(baseUrl, item, headers);
      if (answer) bad.push(answer);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return bad;
}

async function send(baseUrl: string, item: MalformedCase, headers: Record<string, string>): Promise<BadAnswer | undefined> {
  const label = `${item.method} ${item.path.slice(0, 120)} (${item.what})`;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 10_000);
  try {
    const response = await fetch(`${baseUrl}${item.path}`, {
      method: item.method,
      headers: { ...headers, ...(item.contentType && { 'content-type': item.contentType }) },
      body: item.body,
      signal: abort.signal,
    });
    // A live stream that opened is a valid answer; only its status and headers matter.
    if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      abort.abort();
      return response.status >= 500 ? { request: label, status: response.status, body: '(stream)' } : undefined;
    }
    const text = await response.text();
    if (response.status >= 500) return { request: label, status: response.status, body: text.slice(0, 300) };
    if (response.status >= 400 && !isErrorBody(text, response.status))
      return { request: label, status: response.status, body: text.slice(0, 300) };
    return undefined;
  } catch (error) {
    return { request: label, status: 0, body: `no answer: ${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

/** The one error body: status, code, message and requestId, with the status it was sent with. */
export function isErrorBody(text: string, status: number): boolean {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    return (
      body.status === status &&
      typeof body.code === 'string' &&
      /^[A-Z][A-Z0-9_]+$/.test(body.code) &&
      typeof body.message === 'string' &&
      typeof body.requestId === 'string'
    );
  } catch {
    return false;
  }
}

/** A billion-laughs style YAML document: few bytes, an exponential number of alias expansions. */
export function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : value;
}

function resolve(schema: Schema | undefined, document: GeneratorDocument): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(document.components?.schemas?.[schema.$ref.split('/').pop() as string], document);
  if (schema.allOf?.length) return resolve(schema.allOf[0], document);
  if (schema.oneOf?.length) return resolve(schema.oneOf[0], document);
  if (schema.anyOf?.length) return resolve(schema.anyOf[0], document);
  return schema;
}

function plausibleParameter(param: Parameter | undefined, document: GeneratorDocument): unknown {
  if (!param) return 'x';
  if (param.example !== undefined) return param.example;
  const schema = resolve(param.schema, document);
  if (schema) return plausibleValue(schema, document);
  return /region|code/i.test(param.name) ? '32.71' : 'x';
}

function plausibleValue(schema: Schema, document: GeneratorDocument, depth = 0): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 4 || !schema.items ? [] : [plausibleValue(resolve(schema.items, document) ?? {}, document, depth + 1)];
    case 'object':
    case undefined: {
      if (!schema.properties) return schema.type === 'object' ? {} : 'x';
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties)) {
        value[name] = depth > 4 ? undefined : plausibleValue(resolve(property, document) ?? {}, document, depth + 1);
      }
      return value;
    }
    default:
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'date') return '2026-12-01';
      if (schema.format === 'date-time') return '2026-12-01T08:00:00.000Z';
      return 'x';
  }
}

/** Dotted paths of every field in a body schema, nested objects and the first item of arrays. */
function fieldPaths(schema: Schema, document: GeneratorDocument, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 4) return [];
  const paths: (string | number)[][] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const property = resolve(raw, document) ?? {};
    const here = [...prefix, name];
    paths.push(here);
    if (property.properties) paths.push(...fieldPaths(property, document, here, depth + 1));
    const items = resolve(property.items, document);
    if (property.type === 'array' && items?.properties) paths.push(...fieldPaths(items, document, [...here, 0], depth + 1));
  }
  return paths;
}

function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node[key]) && !Array.isArray(node[key])) node[key] = typeof key === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
  return target;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
