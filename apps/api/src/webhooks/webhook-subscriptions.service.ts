import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { type ApiKeyPrincipal, ForbiddenError, InvalidValueError, isWebhookEvent, NotFoundError, WEBHOOK_EVENTS } from '@mpp/domain';
import { webhookTargetProblem } from '@mpp/integrations';
import { type WebhookDeliveryRow, WebhooksRepository, type WebhookSubscriptionRow } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, newWebhookSecret } from '@mpp/platform';

import type { CreatedWebhookSubscriptionDto, WebhookDeliveryDto, WebhookSubscriptionDto } from './webhooks.dto';

/** An integrator's subscriptions: each key sees and changes only its own; another key's id answers 404. */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(key: ApiKeyPrincipal, input: { url: string; events: string[] }): Promise<CreatedWebhookSubscriptionDto> {
    const problem = webhookTargetProblem(input.url, this.config.webhooks.allowPrivateTargets);
    if (problem) throw new InvalidValueError('WEBHOOK_URL_REFUSED', `this URL cannot receive webhooks: ${problem}`, 'url');
    // A subscriber hears only what its key could read through the API.
    const unseen = input.events.filter((event) => !isWebhookEvent(event) || !key.scopes.includes(WEBHOOK_EVENTS[event]));
    if (unseen.length)
      throw new ForbiddenError(
        'WEBHOOK_EVENT_NOT_ALLOWED',
        `this key may not receive: ${unseen.join(', ')}`,
        'events',
        'API key tidak memiliki cakupan yang dibutuhkan peristiwa ini',
      );
    const secret = newWebhookSecret();
    const row = await this.webhooks.createSubscription({
      id: randomUUID(),
      apiKeyId: key.keyId,
      url: input.url,
      events: input.events,
      secret,
    });
    return { ...subscriptionDto(row), secret };
  }

  async list(key: ApiKeyPrincipal): Promise<WebhookSubscriptionDto[]> {
    return (await this.webhooks.subscriptions(key.keyId)).map(subscriptionDto);
  }

  async delete(key: ApiKeyPrincipal, id: string): Promise<void> {
    if (!(await this.webhooks.deleteSubscription(key.keyId, id))) throw notFound();
  }

  async deliveries(key: ApiKeyPrincipal, id: string, status?: string): Promise<WebhookDeliveryDto[]> {
    await this.own(key, id);
    return (await this.webhooks.deliveries(id, status, 100)).map(deliveryDto);
  }

  async replay(key: ApiKeyPrincipal, id: string, deliveryId?: string): Promise<number> {
    await this.own(key, id);
    return this.webhooks.replay(id, deliveryId);
  }

  private async own(key: ApiKeyPrincipal, id: string): Promise<WebhookSubscriptionRow> {
    const row = await this.webhooks.subscription(key.keyId, id);
    if (!row) throw notFound();
    return row;
  }
}

function notFound(): NotFoundError {
  return new NotFoundError('WEBHOOK_SUBSCRIPTION_NOT_FOUND', 'this key has no webhook subscription with this id', 'id');
}

function subscriptionDto(row: WebhookSubscriptionRow): WebhookSubscriptionDto {
  return { id: row.id, url: row.url, events: row.events, createdAt: row.createdAt.toISOString() };
}

function deliveryDto(row: WebhookDeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}
