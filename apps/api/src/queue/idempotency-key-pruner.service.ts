import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';

import { TicketsRepository } from '@mpp/persistence';

const EVERY_MS = 60 * 60_000;

/**
 * Idempotency keys answer retries for 24 hours, then go. Every instance prunes hourly; the
 * DELETE is idempotent, so several instances doing it at once do no harm.
 */
@Injectable()
export class IdempotencyKeyPruner implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('IdempotencyKeyPruner');
  private timer?: NodeJS.Timeout;

  constructor(private readonly tickets: TicketsRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.prune(), EVERY_MS);
    this.timer.unref();
  }

  async prune(): Promise<number> {
    try {
      return await this.tickets.pruneIdempotencyKeys();
    } catch (error) {
      this.logger.warn(`pruning idempotency keys failed: ${(error as Error).message}`);
      return 0;
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
