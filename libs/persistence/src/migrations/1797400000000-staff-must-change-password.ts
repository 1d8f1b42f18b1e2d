import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password an admin set for someone (a reset) is known to two people: the account must choose
 * its own at the next sign-in before it may do anything else.
 */
export class StaffMustChangePassword1797400000000 implements MigrationInterface {
  name = 'StaffMustChangePassword1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_account ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_account DROP COLUMN must_change_password`);
  }
}
