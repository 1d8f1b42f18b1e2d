import { ConflictError, DomainError, InvalidValueError, NotFoundError } from '@mpp/domain';
import { HttpException } from '@nestjs/common';
import { ApiError, type ErrorBody } from './error-body';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
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
}

export function mapError(error: unknown): MappedError {
  if (error instanceof ApiError) {
    return { body: body(error.status, error.code, error.message, error.errors), unexpected: false };
  }
  if (error instanceof DomainError) {
    const status =
      error instanceof InvalidValueError ? 400 : error instanceof NotFoundError ? 404 : error instanceof ConflictError ? 409 : 422;
    const errors = error.path ? [{ path: error.path, message: error.message }] : undefined;
    return { body: body(status, error.code, error.message, errors), unexpected: false };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { body: body(status, codeFor(status), messageOf(error)), unexpected: status >= 500 };
  }
  return {
    body: body(500, 'INTERNAL_ERROR', 'An unexpected error occurred; quote the request id when asking for support'),
    unexpected: true,
  };
}

function body(status: number, code: string, message: string, errors?: ErrorBody['errors']): ErrorBody {
  return errors && errors.length > 0 ? { status, code, message, errors } : { status, code, message };
}

function codeFor(status: number): string {
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
