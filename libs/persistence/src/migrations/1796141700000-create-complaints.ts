import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints (pengaduan, PermenPANRB 62/2018) and their history. The reporter's NIK, when given,
 * is sealed as applications seal it; the agency never reads the identity of an anonymous
 * complaint (the API leaves it out), and a secret one never appears in the public list.
 */
export class CreateComplaints1796141700000 implements MigrationInterface {
  name = 'CreateComplaints1796141700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE complaint (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        tracking_code varchar(11) NOT NULL,
        channel varchar(10) NOT NULL CHECK (channel IN ('web', 'desk', 'kiosk', 'integrator')),
        site_code varchar(40),
        agency_code varchar(40) NOT NULL,
        service_code varchar(40),
        category varchar(40) NOT NULL,
        title text NOT NULL,
        account text NOT NULL,
        incident_date date NOT NULL,
        incident_place text NOT NULL,
        anonymous boolean NOT NULL,
        secret boolean NOT NULL,
        reporter_name text NOT NULL,
        reporter_phone text NOT NULL,
        nik_encrypted text,
        nik_key_id varchar(40),
        nik_blind_index char(64),
        status varchar(10) NOT NULL CHECK (status IN ('received', 'verified', 'assigned', 'answered', 'replied', 'closed', 'archived')),
        received_on date NOT NULL,
        first_response_due date NOT NULL,
        resolution_due date NOT NULL,
        escalated_at timestamptz,
        escalated_for varchar(14),
        last_note text,
        api_key_id uuid,
        lapor_tracking_id varchar(40),
        lapor_status varchar(40),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, id),
        UNIQUE (region_code, tracking_code)
      )`);
    await queryRunner.query(`CREATE INDEX complaint_agency_idx ON complaint (region_code, agency_code, status, created_at DESC)`);
    // The per-phone limit on public filing counts a phone's recent complaints.
    await queryRunner.query(`CREATE INDEX complaint_phone_idx ON complaint (region_code, reporter_phone, created_at)`);
    await queryRunner.query(`
      CREATE TABLE complaint_event (
        region_code varchar(5) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        complaint_id uuid NOT NULL,
        action varchar(10) NOT NULL,
        from_status varchar(10),
        to_status varchar(10) NOT NULL,
        at timestamptz NOT NULL,
        actor_type varchar(10) NOT NULL,
        actor_id text,
        note text,
        PRIMARY KEY (region_code, id),
        FOREIGN KEY (region_code, complaint_id) REFERENCES complaint (region_code, id)
      )`);
    await queryRunner.query(`CREATE INDEX complaint_event_complaint_idx ON complaint_event (region_code, complaint_id, id)`);
    // Forwarding to SP4N-LAPOR!: a small job table until the platform's outbox lands (issue 14);
    // a row is written in the same transaction as the complaint or the desk's choice, so a
    // complaint chosen for LAPOR! is never lost, and retried with backoff until delivered.
    await queryRunner.query(`
      CREATE TABLE complaint_forwarding (
        region_code varchar(5) NOT NULL,
        complaint_id uuid NOT NULL,
        state varchar(10) NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        locked_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        PRIMARY KEY (region_code, complaint_id),
        FOREIGN KEY (region_code, complaint_id) REFERENCES complaint (region_code, id)
      )`);
    await queryRunner.query(`CREATE INDEX complaint_forwarding_due_idx ON complaint_forwarding (next_attempt_at) WHERE state = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE complaint_forwarding`);
    await queryRunner.query(`DROP TABLE complaint_event`);
    await queryRunner.query(`DROP TABLE complaint`);
  }
}
