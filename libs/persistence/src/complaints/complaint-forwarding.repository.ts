import type { DataSource } from 'typeorm';

import type { ComplaintRow } from './complaint-row';
import { appendComplaintOutbox, COMPLAINT_COLUMNS, enqueueForwarding, insertEvent } from './complaints.repository';

export interface ForwardingJob {
  regionCode: string;
  complaintId: string;
  /** Counting this one. */
  attempts: number;
  createdAt: Date;
}

/** A delivered complaint whose LAPOR! status is due to be read again. */
export interface StatusCheck {
  regionCode: string;
  complaintId: string;
  trackingId: string;
  /** Failed reads since the last good one, counting none of this one. */
  failures: number;
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

  /** Marks the job delivered and mirrors LAPOR!'s tracking id and status on the complaint, with an event; its status is read again from `nextCheckAt`. */
  async delivered(job: ForwardingJob, receipt: { trackingId: string; status: string }, at: Date, nextCheckAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE complaint_forwarding SET state = 'delivered', delivered_at = $3, locked_until = NULL, last_error = NULL,
           status_next_check_at = $4
         WHERE region_code = $1 AND complaint_id = $2`,
        [job.regionCode, job.complaintId, at, nextCheckAt],
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

  /**
   * Takes delivered complaints, still open on our side, whose LAPOR! status is due to be read,
   * under the same kind of lease as forwarding (a crashed instance's checks come back).
   */
  async claimStatusChecks(now: Date, limit = 50): Promise<StatusCheck[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE complaint_forwarding f SET status_locked_until = $2
       FROM complaint c
       WHERE c.region_code = f.region_code AND c.id = f.complaint_id AND (f.region_code, f.complaint_id) IN (
         SELECT d.region_code, d.complaint_id FROM complaint_forwarding d
         JOIN complaint o ON o.region_code = d.region_code AND o.id = d.complaint_id
         WHERE d.state = 'delivered' AND d.status_next_check_at <= $1 AND (d.status_locked_until IS NULL OR d.status_locked_until < $1)
           AND o.status NOT IN ('closed', 'archived') AND o.lapor_tracking_id IS NOT NULL
         ORDER BY d.status_next_check_at LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
       RETURNING f.region_code AS "regionCode", f.complaint_id AS "complaintId", c.lapor_tracking_id AS "trackingId",
         f.status_failures AS failures`,
      [now, new Date(now.getTime() + LEASE_MS), limit],
    )) as [StatusCheck[], number];
    return rows;
  }

  /**
   * Records a good read of LAPOR!'s status; when it differs from the mirrored one, the complaint
   * takes it with a `lapor` event and a `complaint.lapor_status_changed` webhook event, in one
   * transaction. Answers the complaint when its mirrored status changed.
   */
  async statusRead(check: StatusCheck, status: string, at: Date, nextCheckAt: Date): Promise<ComplaintRow | undefined> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE complaint_forwarding SET status_checked_at = $3, status_next_check_at = $4, status_locked_until = NULL,
           status_failures = 0, status_error = NULL
         WHERE region_code = $1 AND complaint_id = $2`,
        [check.regionCode, check.complaintId, at, nextCheckAt],
      );
      const [before] = (await manager.query(
        `SELECT lapor_status AS "laporStatus" FROM complaint WHERE region_code = $1 AND id = $2 FOR UPDATE`,
        [check.regionCode, check.complaintId],
      )) as { laporStatus: string | null }[];
      if (before.laporStatus === status) return undefined;
      const [[row]] = (await manager.query(
        `UPDATE complaint SET lapor_status = $3, updated_at = $4 WHERE region_code = $1 AND id = $2 RETURNING ${COMPLAINT_COLUMNS}`,
        [check.regionCode, check.complaintId, status, at],
      )) as [ComplaintRow[], number];
      await insertEvent(manager, check.regionCode, check.complaintId, {
        action: 'lapor',
        fromStatus: row.status,
        toStatus: row.status,
        at,
        actorType: 'system',
        actorId: null,
        note: `SP4N-LAPOR! ${check.trackingId}: ${before.laporStatus ?? '-'} → ${status}`,
      });
      await appendComplaintOutbox(manager, 'complaint.lapor_status_changed', row, 'lapor', row.status, at);
      return row;
    });
  }

  /** A failed read: counted and kept visible on the complaint, tried again at `nextCheckAt`; never given up. */
  async statusReadFailed(check: StatusCheck, error: string, nextCheckAt: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE complaint_forwarding SET status_next_check_at = $3, status_locked_until = NULL, status_failures = status_failures + 1,
         status_error = $4
       WHERE region_code = $1 AND complaint_id = $2`,
      [check.regionCode, check.complaintId, nextCheckAt, error.slice(0, 500)],
    );
  }
}
