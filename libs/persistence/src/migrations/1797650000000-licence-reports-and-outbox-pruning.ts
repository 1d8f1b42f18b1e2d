import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application for an OSS licence carries the business's NIB and OSS's licence id, and the
 * last answer OSS gave to a status report. Status reports to OSS are deliveries of the outbox
 * like webhooks, with no subscription (`target` `oss`). Indexes for pruning what was delivered
 * (decision 0035).
 */
export class LicenceReportsAndOutboxPruning1797650000000 implements MigrationInterface {
  name = 'LicenceReportsAndOutboxPruning1797650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE application
        ADD COLUMN oss_nib varchar(13),
        ADD COLUMN oss_licence_id varchar(64),
        ADD COLUMN oss_report jsonb,
        ADD CONSTRAINT application_oss_pair CHECK ((oss_nib IS NULL) = (oss_licence_id IS NULL))`);
    await queryRunner.query(`ALTER TABLE webhook_delivery ALTER COLUMN subscription_id DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE webhook_delivery
        ADD COLUMN target varchar(10) NOT NULL DEFAULT 'webhook' CHECK (target IN ('webhook', 'oss')),
        ADD CONSTRAINT webhook_delivery_target CHECK ((target = 'webhook') = (subscription_id IS NOT NULL))`);
    await queryRunner.query(`CREATE UNIQUE INDEX webhook_delivery_oss_event ON webhook_delivery (event_id) WHERE target = 'oss'`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id)`);
    await queryRunner.query(
      `CREATE INDEX webhook_delivery_finished ON webhook_delivery (COALESCE(delivered_at, next_attempt_at)) WHERE status <> 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX outbox_event_relayed ON outbox_event (relayed_at) WHERE relayed_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_event_relayed`);
    await queryRunner.query(`DROP INDEX webhook_delivery_finished`);
    await queryRunner.query(`DROP INDEX webhook_delivery_event`);
    await queryRunner.query(`DROP INDEX webhook_delivery_oss_event`);
    await queryRunner.query(`DELETE FROM webhook_delivery WHERE target = 'oss'`);
    await queryRunner.query(`ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_target, DROP COLUMN target`);
    await queryRunner.query(`ALTER TABLE webhook_delivery ALTER COLUMN subscription_id SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE application DROP CONSTRAINT application_oss_pair, DROP COLUMN oss_report, DROP COLUMN oss_licence_id, DROP COLUMN oss_nib`,
    );
  }
}
