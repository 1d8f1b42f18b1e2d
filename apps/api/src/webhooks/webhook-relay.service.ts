import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { nextRetryDelayMs } from '@mpp/domain';
import { WebhookSender } from '@mpp/integrations';
import { type ClaimedDelivery, WebhooksRepository } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, NikCipher, openWebhookSecret, signWebhook } from '@mpp/platform';

import type { LicenceStatusData } from '../applications/application-outbox.mapper';
import { OssLicenceReporter } from '../applications/oss-licence-reporter.service';

/**
 * The delivery worker each API process runs: fan the outbox out into deliveries, claim the due
 * ones, sign and post them (or report them to OSS) concurrently, record each answer. It polls
 * while idle and loops at once while there is work, and prunes what is past its retention.
 * Several processes share the tables safely (SKIP LOCKED claims); decision 0035 says why this
 * is our own table and not pg-boss or graphile-worker.
 */
@Injectable()
export class WebhookRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookRelay.name);
  private readonly sender: WebhookSender;
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private prunedAt = 0;

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly ossReports: OssLicenceReporter,
    private readonly cipher: NikCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sender = new WebhookSender({ allowPrivate: config.webhooks.allowPrivateTargets, timeoutMs: config.webhooks.timeoutMs });
  }

  onApplicationBootstrap(): void {
    if (this.config.webhooks.worker) this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.sender.close();
  }

  /**
   * One round: relay and deliver a batch; answers how many events it relayed plus deliveries it
   * attempted. Relayed events count as work even when no one subscribed to them: most are
   * (every ticket issued makes one), and a loop that slept after such a round drained the
   * outbox at one batch per poll, so a mall's opening burst kept a subscriber's events waiting
   * for minutes behind it.
   */
  async runOnce(): Promise<number> {
    const { batchSize, leaseMs } = this.config.webhooks;
    const relayed = await this.webhooks.relayOutbox(batchSize);
    const claimed = await this.webhooks.claimDue(batchSize, leaseMs);
    await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    if (Date.now() - this.prunedAt >= this.config.webhooks.pruneEveryMs) await this.prune();
    return relayed + claimed.length;
  }

  /** Deletes deliveries finished before the retention period, and the outbox events left with none. */
  async prune(now = new Date()): Promise<{ deliveries: number; events: number }> {
    this.prunedAt = now.getTime();
    return this.webhooks.prune(new Date(now.getTime() - this.config.webhooks.retentionMs));
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let busy = false;
      try {
        busy = (await this.runOnce()) > 0;
      } catch (error) {
        // The database may be restarting; the next round tries again, and leases keep claimed rows safe.
        if (!this.stopping) this.logger.warn(`webhook round failed: ${(error as Error).message}`);
      }
      if (!busy && !this.stopping)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.webhooks.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    if (delivery.target === 'oss') return this.report(delivery.id, delivery.attempts, delivery.payload as LicenceStatusData);
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let secret: string;
    try {
      secret = openWebhookSecret(this.cipher, delivery.subscriptionId, delivery.secret);
    } catch {
      // Altered, copied from another subscription, or its key is gone: never sign with it; kept as failed, replayable once fixed.
      return this.webhooks.recordFailed(delivery.id, { error: 'the signing secret does not open' }, undefined);
    }
    const outcome = await this.sender.send({
      url: delivery.url,
      body,
      headers: {
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(secret, delivery.id, timestamp, body),
      },
    });
    if (outcome.delivered) return this.webhooks.recordDelivered(delivery.id, outcome.statusCode as number);
    await this.webhooks.recordFailed(delivery.id, outcome, this.retryDelay(delivery.attempts));
  }

  /** A licence status for OSS: OSS's refusal is kept as failed at once; an outage is retried like a webhook. */
  private async report(id: string, attempts: number, data: LicenceStatusData): Promise<void> {
    try {
      const answer = await this.ossReports.report(data);
      if (answer.outcome === 'refused') return this.webhooks.recordFailed(id, { error: answer.message }, undefined);
      return this.webhooks.recordDelivered(id, 200);
    } catch (error) {
      await this.webhooks.recordFailed(id, { error: (error as Error).message }, this.retryDelay(attempts));
    }
  }

  private retryDelay(attempts: number): number | undefined {
    const { retryBaseMs, retryWindowMs, retryMaxWaitMs } = this.config.webhooks;
    return nextRetryDelayMs(attempts, { baseMs: retryBaseMs, windowMs: retryWindowMs, maxWaitMs: retryMaxWaitMs });
  }
}
