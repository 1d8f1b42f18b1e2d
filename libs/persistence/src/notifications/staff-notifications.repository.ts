import type { DataSource, EntityManager } from 'typeorm';

export interface StaffNotificationRow {
  regionCode: string;
  id: string;
  audience: 'region_admin';
  kind: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `region_code AS "regionCode", id, audience, kind, subject_type AS "subjectType", subject_id AS "subjectId", payload,
  created_at AS "createdAt", read_at AS "readAt"`;

/**
 * Written inside the transaction of what it reports, once per kind and subject (a second sweep
 * adds nothing). No email or SMS server exists for staff: the console reads this inbox, and
 * integrators hear the same through a webhook event.
 */
export async function insertStaffNotification(manager: EntityManager, row: Omit<StaffNotificationRow, 'readAt'>): Promise<void> {
  await manager.query(
    `INSERT INTO staff_notification (region_code, id, audience, kind, subject_type, subject_id, payload, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (region_code, kind, subject_id) DO NOTHING`,
    [row.regionCode, row.id, row.audience, row.kind, row.subjectType, row.subjectId, JSON.stringify(row.payload), row.createdAt],
  );
}

/** The region staff's inbox in the console. */
export class StaffNotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    regionCode: string,
    audience: 'region_admin',
    options: { unreadOnly: boolean; offset: number; limit: number },
  ): Promise<{ items: StaffNotificationRow[]; total: number; unread: number }> {
    const unread = options.unreadOnly ? 'AND read_at IS NULL' : '';
    const [items, [counts]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM staff_notification WHERE region_code = $1 AND audience = $2 ${unread}
         ORDER BY created_at DESC, id OFFSET $3 LIMIT $4`,
        [regionCode, audience, options.offset, options.limit],
      ) as Promise<StaffNotificationRow[]>,
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE TRUE ${unread})::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM staff_notification WHERE region_code = $1 AND audience = $2`,
        [regionCode, audience],
      ) as Promise<{ total: number; unread: number }[]>,
    ]);
    return { items, total: counts.total, unread: counts.unread };
  }

  /** Marks one read (the first reader is kept); undefined when the region has no such notification. */
  async markRead(regionCode: string, id: string, by: string, at: Date): Promise<StaffNotificationRow | undefined> {
    const [[row]] = (await this.dataSource.query(
      `UPDATE staff_notification SET read_at = COALESCE(read_at, $3), read_by = COALESCE(read_by, $4)
       WHERE region_code = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [regionCode, id, at, by],
    )) as [StaffNotificationRow[], number];
    return row;
  }
}
