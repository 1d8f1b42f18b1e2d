import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An API key may be bound to one agency of its region: the agency's own system, which reaches
 * only that agency's applications. Unset: the key reaches its whole region (or every region).
 */
export class ApiKeyAgency1796138445000 implements MigrationInterface {
  name = 'ApiKeyAgency1796138445000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE api_key ADD COLUMN agency_code varchar(40)`);
    await queryRunner.query(
      `ALTER TABLE api_key ADD CONSTRAINT api_key_agency_needs_region CHECK (agency_code IS NULL OR region_code IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE api_key DROP CONSTRAINT api_key_agency_needs_region`);
    await queryRunner.query(`ALTER TABLE api_key DROP COLUMN agency_code`);
  }
}
