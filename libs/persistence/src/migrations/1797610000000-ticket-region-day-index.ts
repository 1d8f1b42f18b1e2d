import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Queue reports read a region's tickets over a range of days across all its sites; the unique
 * key leads with the site, so without this index a report scans every ticket the region has.
 */
export class TicketRegionDayIndex1797610000000 implements MigrationInterface {
  name = 'TicketRegionDayIndex1797610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ticket_region_day_idx ON ticket (region_code, service_date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ticket_region_day_idx`);
  }
}
