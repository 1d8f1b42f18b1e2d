import type { DataSource } from 'typeorm';

import { enqueueForwarding, insertEvent } from './complaints.repository';

export interface ForwardingJob {
  regionCode: string;
  complaintId: string;
  /** Counting this one. */
  attempts: number;
  createdAt: Date;
}

/** How long a claimed job stays with the instance that claimed it before another may take it over. */
const LEASE_MS = 2 * 60_000;

/**
 * The jobs that forward complaints to SP4N-LAPOR!. Claimed with `FOR UPDATE SKIP LOCKED` under a
 * short lease, so several API instances share the work and a crashed one's jobs come back.
 * Shaped like an outbox consumer so it can move onto the platform's outbox when that lands.
 */
export class ComplaintForwardingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Queues a complaint the region's desk chose, with a `forward` event; false when it was queued before. */
  async request(regionCode: string, complaintId: string, at: Date, actorId: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const queued = await enqueueForwarding(manager, regionCode, complaintId, at);
      if (!queued) return false;
      const [{ status }] = (await manager.query(`SELECT status FROM complaint WHERE region_code = $1 AND id = $2`, [
        regionCode,
        complaintId,
      ])) as {
        status: 'received';
      }[];
      await insertEvent(manager, regionCode, complaintId, {
        action: 'forward',
        fromStatus: status,
        toStatus: status,
        at,
        actorType: 'staff',
        actorId,
        note: 'SP4N-LAPOR!',
      });
      return true;
    });
  }

  async claimDue(now: Date, limit = 20): Promise<ForwardingJob[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE complaint_forwarding SET locked_until = $2, attempts = attempts + 1
       WHERE (region_code, complaint_id) IN (
         SELECT region_code, complaint_id FROM complaint_forwarding
         WHERE state = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING region_code AS "regionCode", complaint_id AS "complaintId", attempts, created_at AS "createdAt"`,
      [now, new Date(now.getTime() + LEASE_MS), limit],
    )) as [ForwardingJob[], number];
    return rows;
  }

  /** Marks the job delivered and mirrors LAPOR!'s tracking id and status on the complaint, with an event. */
  async delivered(job: ForwardingJob, receipt: { trackingId: string; status: string }, at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE complaint_forwarding SET state = 'delivered', delivered_at = $3, locked_until = NULL, last_error = NULL
         WHERE region_code = $1 AND complaint_id = $2`,
        [job.regionCode, job.complaintId, at],
      );
      const [[row]] = (await manager.query(
        `UPDATE complaint SET lapor_tracking_id = $3, lapor_status = $4, updated_at = $5 WHERE region_code = $1 AND id = $2 RETURNING status`,
        [job.regionCode, job.complaintId, receipt.trackingId, receipt.status, at],
      )) as [{ status: 'received' }[], number];
      await insertEvent(manager, job.regionCode, job.complaintId, {
        action: 'forwarded',
        fromStatus: row.status,
        toStatus: row.status,
        at,
        actorType: 'system',
        actorId: null,
        note: `SP4N-LAPOR! ${receipt.trackingId} (${receipt.status})`,
      });
    });
  }

  /** Puts the job back for `nextAttemptAt`, or keeps it as failed (replayable by setting it pending again). */
  async retryLater(job: ForwardingJob, error: string, nextAttemptAt: Date, failed: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE complaint_forwarding SET state = $3, next_attempt_at = $4, locked_until = NULL, last_error = $5
       WHERE region_code = $1 AND complaint_id = $2`,
      [job.regionCode, job.complaintId, failed ? 'failed' : 'pending', nextAttemptAt, error.slice(0, 500)],
    );
  }
}
