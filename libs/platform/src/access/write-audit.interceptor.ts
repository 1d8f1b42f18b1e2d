import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { type Observable, tap } from 'rxjs';

import { mapError } from '../errors/error-mapping';
import { AuditLog } from './audit-log.service';
import type { AccessRequest } from './request-context';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function resultId(result: unknown): Record<string, unknown> {
  const id = (result as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? { resultId: id } : {};
}

/**
 * Every write by a signed-in caller lands in the audit trail, whether it succeeded or not,
 * with the route, its path parameters and the outcome; never the body, which may hold
 * personal data or secrets.
 */
@Injectable()
export class WriteAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AccessRequest>();
    if (READS.has(request.method) || !request.principal) return next.handle();
    const record = (outcome: 'success' | 'failure', details: Record<string, unknown>) =>
      void this.audit
        .record({
          action: `${request.method} ${request.routeOptions?.url ?? ''}`.slice(0, 64),
          outcome,
          principal: request.principal,
          regionCode: request.accessRegion,
          requestId: String(request.id),
          details: { params: request.params, ...details },
        })
        // The response is already decided; a lost audit record must at least be visible.
        .catch((error: unknown) => this.logger.error({ err: error, requestId: request.id }, 'audit record of a write was lost'));
    return next.handle().pipe(
      tap({
        // The id of what the write made or changed (a ticket, a booking), so the trail links to it.
        next: (result: unknown) => record('success', resultId(result)),
        error: (error: unknown) => record('failure', { code: mapError(error).body.code }),
      }),
    );
  }
}
