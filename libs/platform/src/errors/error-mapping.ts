import { HttpException } from '@nestjs/common';

import {
  ConflictError,
  DomainError,
  type ErrorCode,
  ForbiddenError,
  InvalidDocumentError,
  InvalidValueError,
  LimitReachedError,
  NotFoundError,
  UnprocessableError,
} from '@mpp/domain';

import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { ApiError, type ErrorBody } from './error-body';
import { errorText } from './error-messages';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  431: 'HEADER_TOO_LARGE',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

export interface MappedError {
  body: ErrorBody;
  /** True for surprises: logged with their stack, answered without it. */
  unexpected: boolean;
  /** Sent as Retry-After (seconds). */
  retryAfterSeconds?: number;
}

/** Fastify's own errors (body parsing, routing) with the code a client can branch on. */
const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_BAD_URL: { code: 'BAD_URL', message: 'The URL is not valid percent-encoded UTF-8' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the limit' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This content type is not supported; use application/json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'INVALID_JSON', message: 'The request body is empty but says it is JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', message: 'Content-Length does not match the body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INVALID_JSON', message: 'The request body is not valid JSON' },
};

export function mapError(error: unknown): MappedError {
  if (error instanceof ApiError) {
    return {
      body: body(error.status, error.code, error.message, error.errors),
      unexpected: false,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      body: body(503, 'DATABASE_UNAVAILABLE', 'The database cannot be reached; try again after the time in Retry-After'),
      unexpected: false,
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  if (error instanceof InvalidDocumentError) {
    return { body: body(400, error.code, error.message, [...error.problems]), unexpected: false };
  }
  if (error instanceof DomainError) {
    const errors = error.path
      ? [{ path: error.path, message: error.message, indonesian: error.indonesian ?? errorText(error.code).id }]
      : undefined;
    return { body: body(statusOf(error), error.code, error.message, errors), unexpected: false };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { body: body(status, codeFor(status), messageOf(error)), unexpected: status >= 500 };
  }
  const fastify = fastifyError(error);
  if (fastify) return { body: fastify, unexpected: false };
  return {
    body: body(500, 'INTERNAL_ERROR', 'An unexpected error occurred; quote the request id when asking for support'),
    unexpected: true,
  };
}

/** Errors of Fastify and its plugins (body parsing, routing, static files) carry their 4xx status. */
function fastifyError(error: unknown): ErrorBody | undefined {
  const { statusCode, status, code } = (error ?? {}) as { statusCode?: unknown; status?: unknown; code?: unknown };
  const given = typeof statusCode === 'number' ? statusCode : status;
  if (typeof given !== 'number' || given < 400 || given >= 500) return undefined;
  const known = typeof code === 'string' ? FASTIFY_CODES[code] : undefined;
  return known ? body(given, known.code, known.message) : body(given, codeFor(given), 'The request could not be processed');
}

function body(status: number, code: ErrorCode, message: string, errors?: ErrorBody['errors']): ErrorBody {
  return errors && errors.length > 0 ? { status, code, message, errors } : { status, code, message };
}

/** The kind of refusal decides the status, so services never choose one. */
function statusOf(error: DomainError): number {
  if (error instanceof InvalidValueError) return 400;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof LimitReachedError) return 429;
  if (error instanceof UnprocessableError) return 422;
  return 422;
}

function codeFor(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}

function messageOf(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return error.message;
}
