import { createHash } from 'node:crypto';

import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';

/** A weak validator of an answer's JSON: equal bodies, equal tags (RFC 9110 §8.8.3). */
export function weakEtag(body: unknown): string {
  return `W/"${createHash('sha256')
    .update(JSON.stringify(body) ?? '')
    .digest('base64url')
    .slice(0, 27)}"`;
}

/** Whether If-None-Match names this tag (weak comparison, as RFC 9110 §13.1.2 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

/**
 * Sends an ETag with each answer and answers `304 Not Modified`, without a body, when the
 * client's If-None-Match already names it: portals that mirror the catalogue poll cheaply.
 * The tag is a hash of the answer, so it changes exactly when a deployment changes what is shown.
 */
@Injectable()
export class ConditionalGetInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const etag = weakEtag(body);
        void reply.header('etag', etag);
        if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return body;
        void reply.code(304);
        return undefined;
      }),
    );
  }
}

/** ETag and 304 on a GET route, with both in the OpenAPI document. */
export function ConditionalGet(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(ConditionalGetInterceptor),
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'The ETag of the copy you hold: if it is still current, the answer is 304 without a body',
      schema: { type: 'string', maxLength: 256, pattern: '^(\\*|(W/)?"[^"]*"(\\s*,\\s*(W/)?"[^"]*")*)$' },
    }),
    ApiResponse({ status: 304, description: 'Not Modified: the copy named by If-None-Match is current' }),
  );
}
