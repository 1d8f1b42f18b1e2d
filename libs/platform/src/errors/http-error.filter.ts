import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { mapError } from './error-mapping';
import { localizedMessage, preferredLanguage } from './error-messages';
import { localizedFieldErrors } from './field-messages';

/** Every error of every route leaves through here, as an ErrorBody and never with a stack. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const mapped = mapError(error);
  const requestId = String(request.id);
  if (mapped.unexpected) {
    logger.error({ err: error, requestId, route: request.routeOptions?.url }, 'unexpected error');
  }
  if (reply.sent) return;
  void reply.header('x-request-id', requestId);
  const language = preferredLanguage(request.headers['accept-language']);
  if (mapped.retryAfterSeconds !== undefined) void reply.header('retry-after', String(mapped.retryAfterSeconds));
  const { errors, ...rest } = mapped.body;
  void reply
    .status(mapped.body.status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-language', language)
    .send({
      ...rest,
      message: localizedMessage(mapped.body.code, mapped.body.message, language),
      ...(errors && { errors: localizedFieldErrors(errors, language) }),
      requestId,
    });
}
