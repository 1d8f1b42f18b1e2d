import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';

import { hasLoneSurrogate } from '@mpp/domain';

import { ApiError, type FieldError } from '../errors/error-body';
import { localizedMessage } from '../errors/error-messages';

/**
 * Deeper JSON than any of our bodies needs (a deployment file nests about 8 levels). Class
 * validation and transformation recurse, so a body nested thousands of levels deep would
 * overflow the stack: it is refused right after parsing, with an iterative walk.
 */
export const MAX_JSON_DEPTH = 64;

export function assertJsonDepth(value: unknown, maxDepth = MAX_JSON_DEPTH): void {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) {
      throw new ApiError(400, 'JSON_TOO_DEEP', `The request body nests deeper than ${maxDepth} levels`);
    }
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
}

/**
 * Text that PostgreSQL cannot store (a NUL byte) or that is not Unicode at all (a lone
 * surrogate from a `\ud800` escape) is refused at the edge, in every path and query
 * parameter and every string of a body, before any rule or query sees it: one check for the
 * whole class instead of one per field.
 */
export function unstorableTextErrors(sources: { params?: unknown; query?: unknown; body?: unknown }): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<{ node: unknown; path: string }> = [];
  for (const source of [sources.params, sources.query, sources.body]) if (source !== undefined) stack.push({ node: source, path: '' });
  while (stack.length > 0 && errors.length < 20) {
    const { node, path } = stack.pop() as { node: unknown; path: string };
    if (typeof node === 'string') {
      if (node.includes('\u0000')) errors.push({ path: path || '(body)', message: `${path || 'value'} must not contain NUL bytes` });
      else if (hasLoneSurrogate(node)) errors.push({ path: path || '(body)', message: `${path || 'value'} is not valid Unicode text` });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const childPath = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        if (key.includes('\u0000') || hasLoneSurrogate(key))
          errors.push({ path: path || '(body)', message: 'a field name is not valid text' });
        else stack.push({ node: child, path: childPath });
      }
    }
  }
  return errors;
}

const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'HEADER_TOO_LARGE', message: 'The request headers are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive' },
};

/**
 * Requests that Node's HTTP parser refuses (a control byte in a header, headers over the size
 * limit) never reach Fastify's routing; they are answered here on the raw socket, still in
 * the one error body with a code and a request id. The language is Indonesian: the headers
 * that would ask for English are what could not be read.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const known = CLIENT_ERRORS[error.code ?? ''] ?? { status: 400, code: 'BAD_REQUEST', message: 'The request could not be read as HTTP' };
  const requestId = randomUUID();
  const body = JSON.stringify({
    status: known.status,
    code: known.code,
    message: localizedMessage(known.code, known.message, 'id'),
    requestId,
  });
  socket.end(
    `HTTP/1.1 ${known.status} ${known.code.replace(/_/g, ' ')}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      'Content-Language: id\r\n' +
      `X-Request-Id: ${requestId}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
