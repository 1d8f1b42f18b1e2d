import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox and webhook deliveries. An `outbox_event` row is written in the
 * same transaction as the change it reports; the relay fans it out into one `webhook_delivery`
 * per matching subscription, then claims
 * due deliveries with `FOR UPDATE SKIP LOCKED`. `next_attempt_at` doubles as the lease: a
 * claimed row is pushed into the future, so a worker killed mid-delivery leaves it due again
 * once the lease runs out and nothing is lost.
 */
export class CreateWebhooks1796200000000 implements MigrationInterface {
  name = 'CreateWebhooks1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY,
        region_code varchar(5) NOT NULL,
        agency_code varchar(40),
        type varchar(60) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_event_unrelayed ON outbox_event (created_at) WHERE relayed_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY,
        api_key_id uuid NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX webhook_subscription_key ON webhook_subscription (api_key_id)`);
    await queryRunner.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES outbox_event (id),
        status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (subscription_id, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_delivery`);
    await queryRunner.query(`DROP TABLE webhook_subscription`);
    await queryRunner.query(`DROP TABLE outbox_event`);
  }
}
