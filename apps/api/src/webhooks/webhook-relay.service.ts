import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { nextRetryDelayMs } from '@mpp/domain';
import { WebhookSender } from '@mpp/integrations';
import { type ClaimedDelivery, WebhooksRepository } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, signWebhook } from '@mpp/platform';

/**
 * The delivery worker each API process runs: fan the outbox out into deliveries, claim the due
 * ones, sign and post them concurrently, record each answer. It polls while idle and loops at
 * once while there is work. Several processes share the tables safely (SKIP LOCKED claims).
 */
@Injectable()
export class WebhookRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookRelay.name);
  private readonly sender: WebhookSender;
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly webhooks: WebhooksRepository,
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

  /** One round: relay and deliver a batch; answers how many deliveries it attempted. */
  async runOnce(): Promise<number> {
    const { batchSize, leaseMs } = this.config.webhooks;
    await this.webhooks.relayOutbox(batchSize);
    const claimed = await this.webhooks.claimDue(batchSize, leaseMs);
    await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    return claimed.length;
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
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const outcome = await this.sender.send({
      url: delivery.url,
      body,
      headers: {
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(delivery.secret, delivery.id, timestamp, body),
      },
    });
    if (outcome.delivered) return this.webhooks.recordDelivered(delivery.id, outcome.statusCode as number);
    const { retryBaseMs, retryWindowMs } = this.config.webhooks;
    await this.webhooks.recordFailed(
      delivery.id,
      outcome,
      nextRetryDelayMs(delivery.attempts, { baseMs: retryBaseMs, windowMs: retryWindowMs }),
    );
  }
}
