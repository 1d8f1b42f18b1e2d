import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { AuditEvent } from './audit-event.record';

/** Append-only: a trigger refuses updates and deletes. */
@Entity({ name: 'audit_event' })
export class AuditEventEntity implements AuditEvent {
  @PrimaryColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType!: AuditEvent['actorType'];

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: AuditEvent['outcome'];

  @Column({ name: 'region_code', type: 'varchar', length: 5, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
