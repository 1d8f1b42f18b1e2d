import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications (permohonan): work an agency's back office finishes after the counter, tracked by
 * a code. The applicant's NIK is stored encrypted (AES-256-GCM, with the id of the key that
 * sealed it, so keys can rotate) beside a keyed hash for exact search; bookings get the same
 * columns. Keyed by region_code first like every tenant table.
 */
export class CreateApplications1796133724000 implements MigrationInterface {
  name = 'CreateApplications1796133724000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        tracking_code varchar(11) NOT NULL,
        site_code varchar(40) NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        channel varchar(10) NOT NULL CHECK (channel IN ('online', 'counter', 'integrator')),
        ticket_id uuid,
        api_key_id uuid,
        status varchar(14) NOT NULL
          CHECK (status IN ('draft', 'submitted', 'verified', 'needs_revision', 'in_process', 'completed', 'rejected', 'withdrawn')),
        applicant_name text NOT NULL,
        applicant_phone text NOT NULL,
        applicant_email text,
        nik_encrypted text NOT NULL,
        nik_key_id varchar(40) NOT NULL,
        nik_blind_index char(64) NOT NULL,
        nik_masked varchar(16) NOT NULL,
        requirements jsonb NOT NULL,
        notes text,
        last_note text,
        completion_working_days integer NOT NULL CHECK (completion_working_days > 0),
        due_date date,
        due_soon_from date,
        submitted_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, id),
        UNIQUE (region_code, tracking_code)
      )`);
    // The agency's work list, newest first, by status; and the overdue ones by due date.
    await queryRunner.query(`CREATE INDEX application_agency_idx ON application (region_code, agency_code, status, created_at DESC, id)`);
    await queryRunner.query(`CREATE INDEX application_agency_created_idx ON application (region_code, agency_code, created_at DESC, id)`);
    await queryRunner.query(`
      CREATE INDEX application_due_idx ON application (region_code, agency_code, due_date)
      WHERE status IN ('submitted', 'verified', 'in_process')`);
    await queryRunner.query(`CREATE INDEX application_nik_idx ON application (region_code, nik_blind_index)`);
    await queryRunner.query(`
      CREATE TABLE application_event (
        region_code varchar(5) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        application_id uuid NOT NULL,
        action varchar(16) NOT NULL,
        from_status varchar(14),
        to_status varchar(14) NOT NULL,
        at timestamptz NOT NULL,
        service_date date NOT NULL,
        actor_type varchar(10) NOT NULL,
        actor_id text,
        note text,
        PRIMARY KEY (region_code, id),
        FOREIGN KEY (region_code, application_id) REFERENCES application (region_code, id)
      )`);
    await queryRunner.query(`CREATE INDEX application_event_application_idx ON application_event (region_code, application_id, id)`);
    // Documents: the bytes live in the storage driver under storage_key; the row says what they are.
    await queryRunner.query(`
      CREATE TABLE application_document (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        application_id uuid NOT NULL,
        kind varchar(12) NOT NULL CHECK (kind IN ('requirement', 'result')),
        requirement text,
        file_name text NOT NULL,
        content_type varchar(20) NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by_type varchar(10) NOT NULL,
        uploaded_by_id text,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, id),
        FOREIGN KEY (region_code, application_id) REFERENCES application (region_code, id)
      )`);
    await queryRunner.query(`CREATE INDEX application_document_application_idx ON application_document (region_code, application_id)`);
    await queryRunner.query(`
      ALTER TABLE booking
        ADD COLUMN nik_encrypted text,
        ADD COLUMN nik_key_id varchar(40),
        ADD COLUMN nik_blind_index char(64)`);
    await queryRunner.query(`CREATE INDEX booking_nik_idx ON booking (region_code, nik_blind_index) WHERE nik_blind_index IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX booking_nik_idx`);
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN nik_encrypted, DROP COLUMN nik_key_id, DROP COLUMN nik_blind_index`);
    await queryRunner.query(`DROP TABLE application_document`);
    await queryRunner.query(`DROP TABLE application_event`);
    await queryRunner.query(`DROP TABLE application`);
  }
}
