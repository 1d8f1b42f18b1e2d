import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { SEALED_TABLES, sealedKind, type SealedTable, SealedValuesRepository } from '@mpp/persistence';
import { NikCipher } from '@mpp/platform';

const BATCH = 200;

/**
 * Seals again, under the current key and bound to their row, the values that are not (decision
 * 0034): NIKs sealed before row binding (v1), values under a key that was rotated out of first
 * place, and webhook secrets stored plain. Runs once in the background when the API starts; any
 * number of instances may run it at once, since a rewrite only replaces the value it read.
 */
@Injectable()
export class SealedValuesResealer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SealedValuesResealer.name);
  private running?: Promise<unknown>;
  private stopping = false;

  constructor(
    private readonly sealed: SealedValuesRepository,
    private readonly cipher: NikCipher,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.run().catch((error: Error) => this.logger.warn(`re-sealing stopped: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  /** Answers how many values it rewrote per table. */
  async run(): Promise<Record<SealedTable, number>> {
    const counts = Object.fromEntries(SEALED_TABLES.map((table) => [table, 0])) as Record<SealedTable, number>;
    for (const table of SEALED_TABLES) {
      let after: string[] | undefined;
      while (!this.stopping) {
        const batch = await this.sealed.staleBatch(table, this.cipher.currentKeyId, after, BATCH);
        for (const stale of batch) {
          const context = { kind: sealedKind(table), rowId: stale.rowId };
          // A webhook secret from before sealing is stored plain (`whsec_...`).
          const plain =
            context.kind === 'webhook-secret' && stale.value.startsWith('whsec_') ? stale.value : this.open(table, stale.value, context);
          if (plain === undefined) continue;
          if (await this.sealed.replace(table, stale, this.cipher.sealValue(plain, context), this.cipher.currentKeyId)) counts[table] += 1;
        }
        if (batch.length < BATCH) break;
        after = batch[batch.length - 1].key;
      }
    }
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (total > 0) this.logger.log(`re-sealed ${total} values: ${JSON.stringify(counts)}`);
    return counts;
  }

  /** Undefined for a value that does not open (altered, moved to another row, or its key is gone): left as it is, and said. */
  private open(table: SealedTable, value: string, context: { kind: string; rowId: string }): string | undefined {
    try {
      return this.cipher.openValue(value, context);
    } catch (error) {
      // The row id only: never the value.
      this.logger.warn(`a sealed value in ${table} row ${context.rowId} does not open: ${(error as Error).message}`);
      return undefined;
    }
  }
}
