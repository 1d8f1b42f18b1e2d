import type { DataSource } from 'typeorm';

import type { PageRequest } from '@mpp/domain';

import { managerOf, type Tx } from '../database/transactions';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditEvent } from './audit-event.record';
import { fitAuditRecord } from './audit-record-fit';

export interface AuditRecord {
  actorType: AuditEvent['actorType'];
  actorId?: string;
  action: string;
  outcome: AuditEvent['outcome'];
  regionCode?: string;
  targetType?: string;
  targetId?: string;
  requestId?: string;
  /** Never secrets or personal data: ids, codes and reasons only. */
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  regionCode?: string;
  action?: string;
  actorId?: string;
  /** From this moment on (inclusive). */
  from?: Date;
  /** Before this moment (exclusive). */
  before?: Date;
}

export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records one event; pass the transaction so the event commits with the change. */
  async append(given: AuditRecord, tx?: Tx): Promise<void> {
    const manager = managerOf(this.dataSource, tx);
    const record = fitAuditRecord(given);
    await manager.query(
      `INSERT INTO audit_event (actor_type, actor_id, action, outcome, region_code, target_type, target_id, request_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        record.actorType,
        record.actorId ?? null,
        record.action,
        record.outcome,
        record.regionCode ?? null,
        record.targetType ?? null,
        record.targetId ?? null,
        record.requestId ?? null,
        JSON.stringify(record.details ?? {}),
      ],
    );
  }

  async findPage(filter: AuditFilter, page: PageRequest): Promise<{ items: AuditEvent[]; total: number }> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .orderBy('event.occurred_at', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .offset(page.offset)
      .limit(page.pageSize);
    if (filter.regionCode) query.andWhere('event.region_code = :region', { region: filter.regionCode });
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    if (filter.actorId) query.andWhere('event.actor_id = :actor', { actor: filter.actorId });
    if (filter.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
    if (filter.before) query.andWhere('event.occurred_at < :before', { before: filter.before });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}
