import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, of, throwError } from 'rxjs';

import { ConflictError, type Principal } from '@mpp/domain';

import type { AuditEntry, AuditLog } from './audit-log.service';
import { WriteAuditInterceptor } from './write-audit.interceptor';

/** An audit trail that holds each record until the test lets it commit. */
class HeldAuditLog {
  readonly entries: AuditEntry[] = [];
  private release: () => void = () => undefined;
  private readonly committed = new Promise<void>((resolve) => (this.release = resolve));
  record(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
    return this.committed;
  }
  commit(): void {
    this.release();
  }
}

function writeBy(principal: Principal): ExecutionContext {
  const request = { method: 'POST', routeOptions: { url: '/v1/things' }, params: {}, id: 'req-1', principal, accessRegion: '32.71' };
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

const officer = { kind: 'staff', id: 'staff-1', role: 'officer', regionCode: '32.71' } as unknown as Principal;

describe('WriteAuditInterceptor', () => {
  it('answers a write only once its audit record has committed, linking the result', async () => {
    const audit = new HeldAuditLog();
    const handler: CallHandler = { handle: () => of({ id: 'ticket-1' }) };
    let answered = false;
    const answer = firstValueFrom(new WriteAuditInterceptor(audit as unknown as AuditLog).intercept(writeBy(officer), handler)).then(
      (value) => ((answered = true), value),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    audit.commit();
    await expect(answer).resolves.toEqual({ id: 'ticket-1' });
    expect(audit.entries).toEqual([expect.objectContaining({ outcome: 'success', details: { params: {}, resultId: 'ticket-1' } })]);
  });

  it('records a refused write as a failure with its code, then passes the error on', async () => {
    const audit = new HeldAuditLog();
    audit.commit();
    const handler: CallHandler = { handle: () => throwError(() => new ConflictError('SLOT_FULL', 'full')) };
    const answer = firstValueFrom(new WriteAuditInterceptor(audit as unknown as AuditLog).intercept(writeBy(officer), handler));
    await expect(answer).rejects.toBeInstanceOf(ConflictError);
    expect(audit.entries).toEqual([expect.objectContaining({ outcome: 'failure', details: { params: {}, code: 'SLOT_FULL' } })]);
  });
});
