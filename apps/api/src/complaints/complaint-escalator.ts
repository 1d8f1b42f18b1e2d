import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';

import { serviceDateAt } from '@mpp/domain';
import { ComplaintsRepository, DeploymentsRepository } from '@mpp/persistence';

import { QueueLayout } from '../queue/queue-layout.service';

const EVERY_MS = 15 * 60_000;

/**
 * Escalates complaints that missed a deadline to the region admin (their list with
 * `escalated=true`), once each, with an `escalate` event in the complaint's history. Every
 * instance sweeps; the UPDATE marks a complaint only while it is unmarked, so two sweeps at
 * once escalate it once.
 */
@Injectable()
export class ComplaintEscalator implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ComplaintEscalator');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly complaints: ComplaintsRepository,
    private readonly layouts: QueueLayout,
    private readonly deployments: DeploymentsRepository,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), EVERY_MS);
    this.timer.unref();
  }

  /** Sweeps every deployed region on its own local date; returns how many complaints it escalated. */
  async sweep(now = new Date()): Promise<number> {
    let escalated = 0;
    for (const regionCode of await this.deployments.deployedRegions()) {
      try {
        const layout = await this.layouts.storedRegion(regionCode, now);
        escalated += (await this.complaints.escalateOverdue(regionCode, serviceDateAt(now, layout.utcOffsetHours), now)).length;
      } catch (error) {
        this.logger.warn(`escalating complaints of ${regionCode} failed: ${(error as Error).message}`);
      }
    }
    return escalated;
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
