import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccess1764144000000 implements MigrationInterface {
  name = 'CreateAccess1764144000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_account (
        id uuid PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('national_admin', 'region_admin', 'agency_supervisor', 'counter_officer')),
        region_code varchar(5) REFERENCES regency (code),
        agency_code varchar(40),
        counter_code varchar(40),
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled_at timestamptz,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'national_admin') = (region_code IS NULL)),
        CHECK ((role IN ('agency_supervisor', 'counter_officer')) = (agency_code IS NOT NULL)),
        CHECK (counter_code IS NULL OR role = 'counter_officer')
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX staff_account_email_key ON staff_account (email)`);
    await queryRunner.query(`CREATE INDEX staff_account_region_idx ON staff_account (region_code)`);

    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES staff_account (id),
        family_id uuid NOT NULL,
        secret_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX refresh_token_account_idx ON refresh_token (account_id)`);
    await queryRunner.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);

    await queryRunner.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        prefix varchar(16) NOT NULL UNIQUE,
        secret_hash bytea NOT NULL,
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
        region_code varchar(5) REFERENCES regency (code),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz,
        created_by uuid NOT NULL REFERENCES staff_account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX api_key_region_idx ON api_key (region_code)`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_type varchar(16) NOT NULL CHECK (actor_type IN ('staff', 'api-key', 'anonymous', 'system')),
        actor_id text,
        action varchar(64) NOT NULL,
        outcome varchar(16) NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
        region_code varchar(5),
        target_type varchar(32),
        target_id text,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX audit_event_region_time_idx ON audit_event (region_code, occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id DESC)`);
    // The audit trail is evidence: no role the app connects with may change or remove it.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only`);
    await queryRunner.query(`DROP TABLE api_key`);
    await queryRunner.query(`DROP TABLE refresh_token`);
    await queryRunner.query(`DROP TABLE staff_account`);
  }
}
