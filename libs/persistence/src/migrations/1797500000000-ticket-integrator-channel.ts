import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tickets taken by an integrator's system for a citizen (an API key with `queue:write`) carry
 * the channel `integrator`; the key itself is in the audit trail of the request that took it.
 */
export class TicketIntegratorChannel1797500000000 implements MigrationInterface {
  name = 'TicketIntegratorChannel1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ticket DROP CONSTRAINT ticket_channel_check`);
    await queryRunner.query(`ALTER TABLE ticket ALTER COLUMN channel TYPE varchar(10)`);
    await queryRunner.query(
      `ALTER TABLE ticket ADD CONSTRAINT ticket_channel_check CHECK (channel IN ('kiosk', 'online', 'booking', 'counter', 'integrator'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ticket DROP CONSTRAINT ticket_channel_check`);
    await queryRunner.query(`UPDATE ticket SET channel = 'online' WHERE channel = 'integrator'`);
    await queryRunner.query(`ALTER TABLE ticket ALTER COLUMN channel TYPE varchar(8)`);
    await queryRunner.query(
      `ALTER TABLE ticket ADD CONSTRAINT ticket_channel_check CHECK (channel IN ('kiosk', 'online', 'booking', 'counter'))`,
    );
  }
}
