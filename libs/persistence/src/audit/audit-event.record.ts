/** One event of the security trail as the layers above persistence see it (append-only in the database). */
export interface AuditEvent {
  id: string;
  occurredAt: Date;
  actorType: 'staff' | 'api-key' | 'anonymous' | 'system';
  actorId: string | null;
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  regionCode: string | null;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}
