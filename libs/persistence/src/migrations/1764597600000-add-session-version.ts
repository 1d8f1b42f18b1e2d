import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A per-account session version, carried in every access token (`sv`): disabling, a changed
 * role or scope, a password reset or change and a refresh-token reuse raise it, and tokens of
 * an older version are refused at once instead of living on until they expire (ADR 0007).
 */
export class AddSessionVersion1764597600000 implements MigrationInterface {
  name = 'AddSessionVersion1764597600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_account ADD COLUMN session_version integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_account DROP COLUMN session_version`);
  }
}
