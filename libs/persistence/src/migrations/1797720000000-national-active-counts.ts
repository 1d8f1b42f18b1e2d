import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national dashboard counts each region's active agencies and services (ADR 0078). Without
 * these, that count reads the whole `service` table (34 MB with every region deployed, its rows
 * wide with JSON and search vectors): about 250 ms a read. With them it is an index-only scan of
 * a few hundred kB (about 15 ms).
 */
export class NationalActiveCounts1797720000000 implements MigrationInterface {
  name = 'NationalActiveCounts1797720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX service_active_region_idx ON service (region_code) WHERE active`);
    await queryRunner.query(`CREATE INDEX agency_active_region_idx ON agency (region_code) WHERE active`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX agency_active_region_idx`);
    await queryRunner.query(`DROP INDEX service_active_region_idx`);
  }
}
