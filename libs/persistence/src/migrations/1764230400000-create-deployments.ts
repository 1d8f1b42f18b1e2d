import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's configuration, written only by applying a deployment file. Every table is keyed
 * by region_code first (the tenant and future distribution column). Rows are never deleted:
 * what a file stops listing is deactivated, so its history stays.
 */
export class CreateDeployments1764230400000 implements MigrationInterface {
  name = 'CreateDeployments1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Reference table: every region closes on these days (deployments/national/holidays.yaml).
    await queryRunner.query(`
      CREATE TABLE national_holiday (
        date date PRIMARY KEY,
        kind varchar(12) NOT NULL CHECK (kind IN ('holiday', 'cuti_bersama')),
        reason text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE deployment_region (
        region_code varchar(5) PRIMARY KEY REFERENCES regency (code),
        rollout_status varchar(12) NOT NULL CHECK (rollout_status IN ('planned', 'rintisan', 'operational', 'inaugurated')),
        coordinator text NOT NULL,
        integrations jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE site (
        region_code varchar(5) NOT NULL REFERENCES deployment_region (region_code),
        code varchar(40) NOT NULL,
        name text NOT NULL,
        data jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE agency (
        region_code varchar(5) NOT NULL REFERENCES deployment_region (region_code),
        code varchar(40) NOT NULL,
        name text NOT NULL,
        kind varchar(20) NOT NULL,
        data jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE counter (
        region_code varchar(5) NOT NULL,
        agency_code varchar(40) NOT NULL,
        code varchar(40) NOT NULL,
        name text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, agency_code, code),
        FOREIGN KEY (region_code, agency_code) REFERENCES agency (region_code, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE service (
        region_code varchar(5) NOT NULL,
        agency_code varchar(40) NOT NULL,
        code varchar(40) NOT NULL,
        name text NOT NULL,
        data jsonb NOT NULL,
        search_name text NOT NULL,
        search_document text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, agency_code, code),
        FOREIGN KEY (region_code, agency_code) REFERENCES agency (region_code, code)
      )`);
    // Temporary changes to opening times, made and cancelled through the admin API, audited.
    await queryRunner.query(`
      CREATE TABLE calendar_override (
        id uuid PRIMARY KEY,
        region_code varchar(5) NOT NULL,
        site_code varchar(40) NOT NULL,
        agency_code varchar(40),
        service_code varchar(40),
        date date NOT NULL,
        kind varchar(6) NOT NULL CHECK (kind IN ('open', 'closed')),
        hours jsonb,
        reason text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        FOREIGN KEY (region_code, site_code) REFERENCES site (region_code, code),
        CHECK ((agency_code IS NULL) = (service_code IS NULL)),
        CHECK ((kind = 'open') = (hours IS NOT NULL) OR kind = 'closed')
      )`);
    await queryRunner.query(`CREATE INDEX calendar_override_region_date_idx ON calendar_override (region_code, date)`);
    // Catalogue search: words folded in the app (lower case, no accents), matched by prefix.
    await queryRunner.query(`CREATE INDEX service_search_idx ON service USING gin (to_tsvector('simple', search_document))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['calendar_override', 'service', 'counter', 'agency', 'site', 'deployment_region', 'national_holiday']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
