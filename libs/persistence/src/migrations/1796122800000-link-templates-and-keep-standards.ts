import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each service records the national template (and its version) it came from, so the ministry
 * can see every region a template change would touch; and each applied change of a service's
 * standard is kept, with when, by whom and from which file, so citizens and auditors can tell
 * which requirements were in force on a given day (PermenPANRB 15/2014: a standard has versions).
 */
export class LinkTemplatesAndKeepStandards1796122800000 implements MigrationInterface {
  name = 'LinkTemplatesAndKeepStandards1796122800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service ADD COLUMN template_code varchar(81), ADD COLUMN template_version integer`);
    // The drift report reads every region's services of one template: the ministry's query, not a citizen's.
    await queryRunner.query(`CREATE INDEX service_template_idx ON service (template_code) WHERE template_code IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE service_standard_version (
        region_code varchar(5) NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        valid_from timestamptz NOT NULL DEFAULT now(),
        standard jsonb NOT NULL,
        template_code varchar(81),
        template_version integer,
        changed_by text NOT NULL,
        source_file text,
        request_id text,
        id bigint GENERATED ALWAYS AS IDENTITY,
        PRIMARY KEY (region_code, agency_code, service_code, id),
        FOREIGN KEY (region_code, agency_code, service_code) REFERENCES service (region_code, agency_code, code)
      )`);
    await queryRunner.query(
      `CREATE INDEX service_standard_version_since_idx ON service_standard_version (region_code, agency_code, service_code, valid_from DESC)`,
    );
    // Standards applied before history was kept: known to hold at least since their row last changed.
    await queryRunner.query(`
      INSERT INTO service_standard_version (region_code, agency_code, service_code, valid_from, standard, changed_by)
      SELECT region_code, agency_code, code, updated_at, data->'standard', 'unknown (applied before history was kept)' FROM service`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE service_standard_version`);
    await queryRunner.query(`ALTER TABLE service DROP COLUMN template_code, DROP COLUMN template_version`);
  }
}
