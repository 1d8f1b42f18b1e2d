import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The years the national calendar covers, each with its status (provisional until checked
 * against the signed SKB), its source, and who loaded it when. A year listed here is complete:
 * its holidays are the national_holiday rows of that year. A year missing here is unknown, and
 * the apps warn before it starts (see nationalCalendarGap in libs/domain).
 */
export class AddNationalCalendarYears1796121900000 implements MigrationInterface {
  name = 'AddNationalCalendarYears1796121900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE national_calendar_year (
        year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        status varchar(12) NOT NULL CHECK (status IN ('provisional', 'decree')),
        source text NOT NULL,
        loaded_by text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Years loaded before this table existed stay known, as provisional: nobody recorded a check.
    await queryRunner.query(`
      INSERT INTO national_calendar_year (year, status, source, loaded_by)
      SELECT DISTINCT extract(year FROM date)::integer, 'provisional', 'loaded before years were recorded', 'migration'
      FROM national_holiday`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE national_calendar_year`);
  }
}
