import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Businesses OSS RBA pushed to us (`receiveNIB`), for the region's licensing desk. Keyed by
 * region first like every tenant table. The NPWP is kept masked: for a sole proprietor it is
 * the owner's NIK, and the desk looks the business up in OSS when it needs more.
 */
export class CreateOssBusinesses1764403200000 implements MigrationInterface {
  name = 'CreateOssBusinesses1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oss_business (
        region_code varchar(5) NOT NULL REFERENCES regency (code),
        nib varchar(13) NOT NULL CHECK (nib ~ '^[0-9]{13}$'),
        name text NOT NULL,
        status_code varchar(2) NOT NULL,
        data jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, nib)
      )`);
    await queryRunner.query(`CREATE INDEX oss_business_received ON oss_business (region_code, received_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oss_business`);
  }
}
