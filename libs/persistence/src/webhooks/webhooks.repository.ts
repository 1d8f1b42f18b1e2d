import type { DataSource, EntityManager } from 'typeorm';

/** One event for the outbox, written by a repository inside the transaction of the change it reports. */
export interface OutboxEvent {
  id: string;
  regionCode: string;
  agencyCode: string | null;
  type: string;
  payload: object;
}

export async function appendOutbox(manager: EntityManager, events: OutboxEvent[]): Promise<void> {
  for (const event of events)
    await manager.query(`INSERT INTO outbox_event (id, region_code, agency_code, type, payload) VALUES ($1, $2, $3, $4, $5)`, [
      event.id,
      event.regionCode,
      event.agencyCode,
      event.type,
      JSON.stringify(event.payload),
    ]);
}

export interface WebhookSubscriptionRow {
  id: string;
  apiKeyId: string;
  url: string;
  events: string[];
  createdAt: Date;
}

export interface WebhookDeliveryRow {
  id: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** Internal events, delivered to a system of ours rather than to subscribers: an OSS licence status report. */
export const OSS_LICENCE_STATUS_EVENT = 'oss.licence_status';

/** A delivery claimed by a worker: what it needs to sign and post it (a webhook), or to report it (OSS). */
export type ClaimedDelivery = {
  id: string;
  attempts: number;
  regionCode: string;
  payload: object;
} & ({ target: 'webhook'; subscriptionId: string; url: string; secret: string } | { target: 'oss' });

const SUBSCRIPTION = `id, api_key_id AS "apiKeyId", url, events, created_at AS "createdAt"`;
const DELIVERY = `d.id, d.event_id AS "eventId", e.type AS "eventType", d.status, d.attempts,
  CASE WHEN d.status = 'pending' THEN d.next_attempt_at END AS "nextAttemptAt", d.last_status_code AS "lastStatusCode",
  d.last_error AS "lastError", d.created_at AS "createdAt", d.delivered_at AS "deliveredAt"`;

/**
 * Webhook subscriptions and their deliveries. The relay and the claim are single statements
 * with `FOR UPDATE SKIP LOCKED`, so any number of workers (in the API processes) share the
 * work without taking the same row; a claim pushes `next_attempt_at` by the lease, which is
 * what makes a delivery due again when its worker died mid-flight.
 */
export class WebhooksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async createSubscription(row: {
    id: string;
    apiKeyId: string;
    url: string;
    events: string[];
    secret: string;
  }): Promise<WebhookSubscriptionRow> {
    const [created] = (await this.dataSource.query(
      `INSERT INTO webhook_subscription (id, api_key_id, url, events, secret) VALUES ($1, $2, $3, $4, $5) RETURNING ${SUBSCRIPTION}`,
      [row.id, row.apiKeyId, row.url, row.events, row.secret],
    )) as WebhookSubscriptionRow[];
    return created;
  }

  async subscriptions(apiKeyId: string): Promise<WebhookSubscriptionRow[]> {
    return (await this.dataSource.query(`SELECT ${SUBSCRIPTION} FROM webhook_subscription WHERE api_key_id = $1 ORDER BY created_at`, [
      apiKeyId,
    ])) as WebhookSubscriptionRow[];
  }

  async subscription(apiKeyId: string, id: string): Promise<WebhookSubscriptionRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${SUBSCRIPTION} FROM webhook_subscription WHERE api_key_id = $1 AND id = $2`, [
      apiKeyId,
      id,
    ])) as WebhookSubscriptionRow[];
    return row;
  }

  /** Deletes the subscription and its delivery log; false when the key has no such subscription. */
  async deleteSubscription(apiKeyId: string, id: string): Promise<boolean> {
    const [, affected] = (await this.dataSource.query(`DELETE FROM webhook_subscription WHERE api_key_id = $1 AND id = $2`, [
      apiKeyId,
      id,
    ])) as [unknown, number];
    return affected > 0;
  }

  async deliveries(subscriptionId: string, status: string | undefined, limit: number): Promise<WebhookDeliveryRow[]> {
    return (await this.dataSource.query(
      `SELECT ${DELIVERY} FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id
       WHERE d.subscription_id = $1 AND ($2::text IS NULL OR d.status = $2) ORDER BY d.created_at DESC, d.id LIMIT $3`,
      [subscriptionId, status ?? null, limit],
    )) as WebhookDeliveryRow[];
  }

  /** Makes failed deliveries due now with a fresh retry schedule (all of them, or the one named); answers how many. */
  async replay(subscriptionId: string, deliveryId?: string): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      `UPDATE webhook_delivery SET status = 'pending', attempts = 0, next_attempt_at = now()
       WHERE subscription_id = $1 AND status = 'failed' AND ($2::uuid IS NULL OR id = $2)`,
      [subscriptionId, deliveryId ?? null],
    )) as [unknown, number];
    return affected;
  }

  /**
   * Fans unrelayed outbox events out into deliveries for every subscription that asked for the
   * type and whose key is live and reaches the event's region and, for a key bound to one
   * agency, that agency (an event of no agency, a complaint not yet assigned, is not its to
   * read); answers how many events it took.
   */
  async relayOutbox(limit: number): Promise<number> {
    const rows = (await this.dataSource.query(
      `WITH picked AS (
         SELECT id, region_code, agency_code, type FROM outbox_event WHERE relayed_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED
       ), fanned AS (
         INSERT INTO webhook_delivery (id, subscription_id, event_id)
         SELECT gen_random_uuid(), s.id, p.id FROM picked p
           JOIN webhook_subscription s ON p.type = ANY (s.events)
           JOIN api_key k ON k.id = s.api_key_id AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
             AND (k.region_code IS NULL OR k.region_code = p.region_code)
             AND (k.agency_code IS NULL OR k.agency_code = p.agency_code)
         ON CONFLICT (subscription_id, event_id) DO NOTHING
       ), reported AS (
         INSERT INTO webhook_delivery (id, subscription_id, event_id, target)
         SELECT gen_random_uuid(), NULL, p.id, 'oss' FROM picked p WHERE p.type = '${OSS_LICENCE_STATUS_EVENT}'
         ON CONFLICT (event_id) WHERE target = 'oss' DO NOTHING
       )
       UPDATE outbox_event SET relayed_at = now() WHERE id IN (SELECT id FROM picked) RETURNING id`,
      [limit],
    )) as [unknown[], number];
    return rows[1];
  }

  /** Takes up to `limit` due deliveries for `leaseMs`; each claim counts as an attempt. */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const [rows] = (await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM webhook_delivery WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       UPDATE webhook_delivery d SET next_attempt_at = now() + $2::int * interval '1 millisecond', attempts = d.attempts + 1
       FROM due JOIN webhook_delivery w ON w.id = due.id JOIN outbox_event e ON e.id = w.event_id
         LEFT JOIN webhook_subscription s ON s.id = w.subscription_id
       WHERE d.id = due.id
       RETURNING d.id, d.attempts, d.target, d.subscription_id AS "subscriptionId", e.region_code AS "regionCode", s.url, s.secret, e.payload`,
      [limit, leaseMs],
    )) as [ClaimedDelivery[], number];
    return rows;
  }

  /**
   * Deletes deliveries finished (delivered, or failed and not replayed) before `before`, then
   * relayed outbox events older than that with no delivery left, in batches of `batch` so no
   * statement holds locks for long; answers how many of each it deleted.
   */
  async prune(before: Date, batch = 1_000): Promise<{ deliveries: number; events: number }> {
    const deleted = { deliveries: 0, events: 0 };
    for (;;) {
      const [, affected] = (await this.dataSource.query(
        `DELETE FROM webhook_delivery WHERE id IN (
           SELECT id FROM webhook_delivery WHERE status <> 'pending' AND COALESCE(delivered_at, next_attempt_at) < $1 LIMIT $2)`,
        [before, batch],
      )) as [unknown, number];
      deleted.deliveries += affected;
      if (affected < batch) break;
    }
    for (;;) {
      const [, affected] = (await this.dataSource.query(
        `DELETE FROM outbox_event WHERE id IN (
           SELECT e.id FROM outbox_event e WHERE e.relayed_at < $1
             AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id) LIMIT $2)`,
        [before, batch],
      )) as [unknown, number];
      deleted.events += affected;
      if (affected < batch) break;
    }
    return deleted;
  }

  async recordDelivered(id: string, statusCode: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery SET status = 'delivered', delivered_at = now(), last_status_code = $2, last_error = NULL WHERE id = $1`,
      [id, statusCode],
    );
  }

  /** A failed attempt: due again after `retryInMs`, or kept as failed when the schedule is spent (undefined). */
  async recordFailed(id: string, outcome: { statusCode?: number; error?: string }, retryInMs: number | undefined): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery SET last_status_code = $2, last_error = $3,
         status = CASE WHEN $4::bigint IS NULL THEN 'failed' ELSE 'pending' END,
         next_attempt_at = now() + COALESCE($4::bigint, 0) * interval '1 millisecond'
       WHERE id = $1 AND status = 'pending'`,
      [id, outcome.statusCode ?? null, outcome.error?.slice(0, 200) ?? null, retryInMs ?? null],
    );
  }
}
