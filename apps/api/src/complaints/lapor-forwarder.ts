import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';

import type { ForwardedComplaint } from '@mpp/integrations';
import {
  ComplaintForwardingRepository,
  type ComplaintRow,
  ComplaintsRepository,
  type ForwardingJob,
  type StatusCheck,
} from '@mpp/persistence';
import { AuditLog } from '@mpp/platform';

import { RegionPorts } from '../integrations/region-ports.service';

const EVERY_MS = 30_000;
/** Backoff between attempts: 30 s doubling to at most 10 minutes, so LAPOR! back after an outage is reached within minutes. */
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 10 * 60_000;
/** Tried for three days, then kept as failed (visible, replayable), never dropped. */
const GIVE_UP_AFTER_MS = 3 * 86_400_000;

/**
 * How often LAPOR!'s status of a forwarded complaint is read back while ours is open. LAPOR!
 * publishes no callback we know of, so we poll; a read that fails waits with the same backoff as
 * forwarding (never longer than this), and is never given up: the complaint shows the failures.
 */
export const STATUS_CHECK_EVERY_MS = 15 * 60_000;

export function forwardingDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/**
 * Forwards the complaints queued for SP4N-LAPOR! through the region's `complaints` adapter
 * (resilience and breaker from the integration hub), mirrors LAPOR!'s tracking id and status,
 * and retries failures with backoff. Every delivery is in the audit trail: it hands personal
 * data (a non-anonymous reporter's name and phone) to another controller (UU 27/2022).
 */
@Injectable()
export class LaporForwarder implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LaporForwarder');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: ComplaintForwardingRepository,
    private readonly complaints: ComplaintsRepository,
    private readonly ports: RegionPorts,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      void this.run()
        .then(() => this.checkStatuses())
        .catch((error: Error) => this.logger.warn(`forwarding failed: ${error.message}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  async run(now = new Date()): Promise<{ delivered: number; retried: number }> {
    const result = { delivered: 0, retried: 0 };
    for (const job of await this.jobs.claimDue(now)) {
      if (await this.attempt(job, now)) result.delivered += 1;
      else result.retried += 1;
    }
    return result;
  }

  private async attempt(job: ForwardingJob, now: Date): Promise<boolean> {
    const row = await this.complaints.find(job.regionCode, job.complaintId);
    try {
      if (!row) throw new Error('complaint not found');
      const { adapter, port } = await this.ports.port('complaints', job.regionCode);
      const receipt = await port.forward(forwarded(row));
      await this.jobs.delivered(job, receipt, now, new Date(now.getTime() + STATUS_CHECK_EVERY_MS));
      await this.audit.record({
        action: 'complaint.lapor.forward',
        outcome: 'success',
        actor: { actorType: 'system' },
        regionCode: job.regionCode,
        target: { type: 'complaint', id: job.complaintId },
        details: { adapter, laporTrackingId: receipt.trackingId, attempts: job.attempts, anonymous: row.anonymous },
      });
      return true;
    } catch (error) {
      const message = (error as Error).message;
      const failed = now.getTime() - job.createdAt.getTime() > GIVE_UP_AFTER_MS;
      await this.jobs.retryLater(job, message, new Date(now.getTime() + forwardingDelayMs(job.attempts)), failed);
      // The message names the system and the failure, never the complaint's content.
      this.logger.warn(`forwarding complaint ${job.complaintId} of ${job.regionCode} (attempt ${job.attempts}) failed: ${message}`);
      return false;
    }
  }

  /** Reads LAPOR!'s status of the forwarded complaints that are due and mirrors the changes. */
  async checkStatuses(now = new Date()): Promise<{ changed: number; unchanged: number; failed: number }> {
    const result = { changed: 0, unchanged: 0, failed: 0 };
    for (const check of await this.jobs.claimStatusChecks(now)) result[await this.check(check, now)] += 1;
    return result;
  }

  private async check(check: StatusCheck, now: Date): Promise<'changed' | 'unchanged' | 'failed'> {
    try {
      const { port } = await this.ports.port('complaints', check.regionCode);
      const report = await port.status(check.trackingId);
      const changed = await this.jobs.statusRead(check, report.status, now, new Date(now.getTime() + STATUS_CHECK_EVERY_MS));
      return changed ? 'changed' : 'unchanged';
    } catch (error) {
      const message = (error as Error).message;
      const wait = Math.min(forwardingDelayMs(check.failures + 1), STATUS_CHECK_EVERY_MS);
      await this.jobs.statusReadFailed(check, message, new Date(now.getTime() + wait));
      this.logger.warn(`reading LAPOR! status of complaint ${check.complaintId} of ${check.regionCode} failed: ${message}`);
      return 'failed';
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}

function forwarded(row: ComplaintRow): ForwardedComplaint {
  return {
    reference: row.trackingCode,
    title: row.title,
    account: row.account,
    category: row.category,
    incidentDate: row.incidentDate,
    incidentPlace: row.incidentPlace,
    regionCode: row.regionCode,
    anonymous: row.anonymous,
    secret: row.secret,
    reporter: row.anonymous ? undefined : { name: row.reporterName, phone: row.reporterPhone },
  };
}
