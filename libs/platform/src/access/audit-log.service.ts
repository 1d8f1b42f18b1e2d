import { Injectable } from '@nestjs/common';

import { actorOf, type Principal } from '@mpp/domain';
import { AuditLogRepository, type AuditRecord, type Tx } from '@mpp/persistence';

export interface AuditEntry {
  action: string;
  outcome: AuditRecord['outcome'];
  principal?: Principal;
  /** For events before anyone is known (a failed login): the account, if it exists. */
  actor?: Pick<AuditRecord, 'actorType' | 'actorId'>;
  regionCode?: string;
  target?: { type: string; id: string };
  requestId?: string;
  details?: Record<string, unknown>;
}

/** Who did what, when, where: the security trail, readable by the admins of each region. */
@Injectable()
export class AuditLog {
  constructor(private readonly repository: AuditLogRepository) {}

  /** Pass the transaction so the record commits (or not) with the change it describes. */
  record(entry: AuditEntry, tx?: Tx): Promise<void> {
    const actor = entry.principal ? actorOf(entry.principal) : (entry.actor ?? { actorType: 'anonymous' as const });
    return this.repository.append(
      {
        ...actor,
        action: entry.action,
        outcome: entry.outcome,
        regionCode: entry.regionCode,
        targetType: entry.target?.type,
        targetId: entry.target?.id,
        requestId: entry.requestId,
        details: entry.details,
      },
      tx,
    );
  }
}
