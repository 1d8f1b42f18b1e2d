import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each line's day row keeps how many wait in it, changed by the same statements that issue,
 * call, cancel and transfer its tickets (so in the same transaction): boards and the issuing
 * answer read one row instead of counting the line's tickets after every change.
 */
export class LineWaitingCount1797670000000 implements MigrationInterface {
  name = 'LineWaitingCount1797670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE queue_line_day ADD COLUMN waiting integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      UPDATE queue_line_day l SET waiting = w.n
      FROM (SELECT region_code, site_code, line_prefix, service_date, count(*)::int AS n FROM ticket WHERE status = 'waiting'
            GROUP BY region_code, site_code, line_prefix, service_date) w
      WHERE l.region_code = w.region_code AND l.site_code = w.site_code AND l.prefix = w.line_prefix AND l.service_date = w.service_date`);
    // A board reads the day's rows of its site; the key leads with the prefix, so without this it reads every day's.
    await queryRunner.query(`CREATE INDEX queue_line_day_site_day_idx ON queue_line_day (region_code, site_code, service_date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX queue_line_day_site_day_idx`);
    await queryRunner.query(`ALTER TABLE queue_line_day DROP COLUMN waiting`);
  }
}
