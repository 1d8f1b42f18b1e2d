import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints, continued (issue 15): attachments kept by the documents' storage driver;
 * SP4N-LAPOR!'s status read back onto forwarded complaints with its own retry state; and staff
 * notifications, the console's inbox, where an overdue complaint reaches the region admin.
 */
export class ComplaintAttachmentsSyncAndNotifications1797615000000 implements MigrationInterface {
  name = 'ComplaintAttachmentsSyncAndNotifications1797615000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE complaint_attachment (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        file_name text NOT NULL,
        content_type varchar(20) NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by_type varchar(10) NOT NULL CHECK (uploaded_by_type IN ('reporter', 'staff', 'api-key')),
        uploaded_by_id text,
        shared_with_agency boolean NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, id),
        FOREIGN KEY (region_code, complaint_id) REFERENCES complaint (region_code, id)
      )`);
    await queryRunner.query(
      `CREATE INDEX complaint_attachment_complaint_idx ON complaint_attachment (region_code, complaint_id, uploaded_at)`,
    );
    // Reading LAPOR!'s status back: a delivered job is checked again at status_next_check_at,
    // under its own lease and failure count, so an outage of LAPOR! is visible and retried.
    await queryRunner.query(`
      ALTER TABLE complaint_forwarding
        ADD COLUMN status_next_check_at timestamptz,
        ADD COLUMN status_locked_until timestamptz,
        ADD COLUMN status_checked_at timestamptz,
        ADD COLUMN status_failures integer NOT NULL DEFAULT 0,
        ADD COLUMN status_error text`);
    await queryRunner.query(
      `CREATE INDEX complaint_forwarding_status_due_idx ON complaint_forwarding (status_next_check_at) WHERE state = 'delivered'`,
    );
    await queryRunner.query(`
      CREATE TABLE staff_notification (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        audience varchar(20) NOT NULL CHECK (audience IN ('region_admin')),
        kind varchar(40) NOT NULL,
        subject_type varchar(20) NOT NULL,
        subject_id uuid NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        read_by text,
        PRIMARY KEY (region_code, id),
        UNIQUE (region_code, kind, subject_id)
      )`);
    await queryRunner.query(`CREATE INDEX staff_notification_inbox_idx ON staff_notification (region_code, audience, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE staff_notification`);
    await queryRunner.query(`DROP INDEX complaint_forwarding_status_due_idx`);
    await queryRunner.query(`
      ALTER TABLE complaint_forwarding DROP COLUMN status_next_check_at, DROP COLUMN status_locked_until,
        DROP COLUMN status_checked_at, DROP COLUMN status_failures, DROP COLUMN status_error`);
    await queryRunner.query(`DROP TABLE complaint_attachment`);
  }
}
