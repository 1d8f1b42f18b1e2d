import {
  type CallHandler,
  type ExecutionContext,
  type INestApplication,
  Injectable,
  Logger,
  type NestInterceptor,
  RequestMethod,
} from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { catchError, concatMap, from, map, type Observable, throwError } from 'rxjs';

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
 * personal data or secrets. Put on every write route by `auditWriteRoutes`, not on reads.
 * The response waits for the record: a caller who has seen the write's answer can find it in
 * the trail (and an integrator's ticket is never unaccounted for if the process dies just after).
 */
@Injectable()
export class WriteAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AccessRequest>();
    if (READS.has(request.method) || !request.principal) return next.handle();
    const record = (outcome: 'success' | 'failure', details: Record<string, unknown>): Promise<void> =>
      this.audit
        .record({
          action: `${request.method} ${request.routeOptions?.url ?? ''}`.slice(0, 64),
          outcome,
          principal: request.principal,
          regionCode: request.accessRegion,
          requestId: String(request.id),
          details: { params: request.params, ...details },
        })
        // The write itself is decided; a lost audit record must at least be visible, never turn it into an error.
        .catch((error: unknown) => this.logger.error({ err: error, requestId: request.id }, 'audit record of a write was lost'));
    return next.handle().pipe(
      // The id of what the write made or changed (a ticket, a booking), so the trail links to it.
      concatMap((result: unknown) => from(record('success', resultId(result))).pipe(map(() => result))),
      catchError((error: unknown) =>
        from(record('failure', { code: mapError(error).body.code })).pipe(concatMap(() => throwError(() => error))),
      ),
    );
  }
}

const READ_METHODS = new Set<RequestMethod>([RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS]);

/**
 * Puts the app's WriteAuditInterceptor on every route that can write (any method but GET,
 * HEAD and OPTIONS), as the innermost interceptor of that route, before the app builds its
 * routes. As a global interceptor it wrapped every read too in Nest's interceptor chain
 * (several observables per request) only to let it through (decision 0052). Call between
 * NestFactory.create and app.init; the same controllers may serve another app in the same
 * process, so this app's interceptor replaces any other's.
 */
export function auditWriteRoutes(app: INestApplication): void {
  const interceptor = app.get(WriteAuditInterceptor);
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = (wrapper.metatype as { prototype?: Record<string, unknown> } | null)?.prototype;
      if (!prototype) continue;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || READ_METHODS.has(method)) continue;
        const declared = ((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) as unknown[] | undefined) ?? []).filter(
          (candidate) => !(candidate instanceof WriteAuditInterceptor),
        );
        Reflect.defineMetadata(INTERCEPTORS_METADATA, [...declared, interceptor], handler);
      }
    }
  }
}
