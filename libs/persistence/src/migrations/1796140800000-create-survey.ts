import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The satisfaction survey (SKM, PermenPANRB 14/2017) and the region's feedback settings.
 * Answers are kept one row per element code (never by question position), so the index is a
 * GROUP BY of exact sums and counts. A response names the ticket or application it answers only
 * through a keyed hash (`subject_hash`): the unique key allows one response per visit, and
 * neither the agency nor a dump can tie a response back to the visitor.
 */
export class CreateSurvey1796140800000 implements MigrationInterface {
  name = 'CreateSurvey1796140800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE deployment_region ADD COLUMN feedback jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      CREATE TABLE survey_response (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        site_code varchar(40) NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        source varchar(12) NOT NULL CHECK (source IN ('ticket', 'application', 'walk_in')),
        subject_hash char(64),
        device_id uuid,
        service_date date NOT NULL,
        age_band varchar(12),
        sex varchar(8),
        education varchar(12),
        occupation varchar(20),
        suggestion text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, id),
        UNIQUE (region_code, subject_hash),
        CHECK ((source = 'walk_in') = (subject_hash IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX survey_response_period_idx ON survey_response (region_code, service_date, agency_code, service_code)`,
    );
    await queryRunner.query(`
      CREATE TABLE survey_answer (
        region_code varchar(5) NOT NULL,
        response_id uuid NOT NULL,
        element varchar(2) NOT NULL CHECK (element IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9')),
        answer smallint NOT NULL CHECK (answer BETWEEN 1 AND 4),
        PRIMARY KEY (region_code, response_id, element),
        FOREIGN KEY (region_code, response_id) REFERENCES survey_response (region_code, id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE survey_answer`);
    await queryRunner.query(`DROP TABLE survey_response`);
    await queryRunner.query(`ALTER TABLE deployment_region DROP COLUMN feedback`);
  }
}
