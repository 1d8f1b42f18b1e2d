import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue (antrean): tickets, the per-day lines they are numbered in, counters, bookings,
 * registered kiosks and boards. Keyed by region_code first like every tenant table.
 */
export class CreateQueue1764316800000 implements MigrationInterface {
  name = 'CreateQueue1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per ticket prefix, site and day. Issuing a ticket bumps last_number in the same
    // statement that inserts the ticket, so numbers have no duplicates and no gaps; the row also
    // carries the day's figures, updated as tickets move, and the call-order state.
    await queryRunner.query(`
      CREATE TABLE queue_line_day (
        region_code varchar(5) NOT NULL,
        site_code varchar(40) NOT NULL,
        prefix varchar(2) NOT NULL,
        service_date date NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        last_number integer NOT NULL DEFAULT 0,
        transferred_in integer NOT NULL DEFAULT 0,
        called integer NOT NULL DEFAULT 0,
        served integer NOT NULL DEFAULT 0,
        no_shows integer NOT NULL DEFAULT 0,
        cancelled integer NOT NULL DEFAULT 0,
        wait_seconds_sum bigint NOT NULL DEFAULT 0,
        wait_histogram integer[] NOT NULL DEFAULT array_fill(0, ARRAY[241]),
        service_seconds_sum bigint NOT NULL DEFAULT 0,
        service_histogram integer[] NOT NULL DEFAULT array_fill(0, ARRAY[241]),
        mean_service_seconds double precision,
        regular_since_priority integer NOT NULL DEFAULT 1000000,
        PRIMARY KEY (region_code, site_code, prefix, service_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE ticket (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        site_code varchar(40) NOT NULL,
        service_date date NOT NULL,
        prefix varchar(2) NOT NULL,
        sequence integer NOT NULL CHECK (sequence > 0),
        line_prefix varchar(2) NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        channel varchar(8) NOT NULL CHECK (channel IN ('kiosk', 'online', 'booking', 'counter')),
        priority varchar(10) CHECK (priority IN ('elderly', 'disabled', 'pregnant', 'child')),
        booking_id uuid,
        slot_start timestamptz,
        phone text,
        status varchar(10) NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'held', 'done', 'no_show', 'cancelled')),
        arrived_at timestamptz NOT NULL,
        queued_at timestamptz NOT NULL,
        called_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz,
        counter_code varchar(40),
        call_count integer NOT NULL DEFAULT 0,
        notified_at timestamptz,
        PRIMARY KEY (region_code, id),
        UNIQUE (region_code, site_code, service_date, prefix, sequence)
      )`);
    await queryRunner.query(`
      CREATE INDEX ticket_open_idx ON ticket (region_code, site_code, service_date, agency_code)
      WHERE status IN ('waiting', 'called', 'serving', 'held')`);
    // Every transition with its time and actor: the visit's history and the source of audits.
    await queryRunner.query(`
      CREATE TABLE ticket_event (
        region_code varchar(5) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        ticket_id uuid NOT NULL,
        action varchar(10) NOT NULL,
        status varchar(10) NOT NULL,
        at timestamptz NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        counter_code varchar(40),
        actor_id text,
        PRIMARY KEY (region_code, id),
        FOREIGN KEY (region_code, ticket_id) REFERENCES ticket (region_code, id)
      )`);
    await queryRunner.query(`CREATE INDEX ticket_event_ticket_idx ON ticket_event (region_code, ticket_id)`);
    // A retried request with the same Idempotency-Key gets the ticket the first one made.
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        region_code varchar(5) NOT NULL,
        scope varchar(80) NOT NULL,
        key varchar(255) NOT NULL,
        request_hash varchar(64) NOT NULL,
        ticket_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, scope, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)`);
    await queryRunner.query(`
      CREATE TABLE counter_state (
        region_code varchar(5) NOT NULL,
        agency_code varchar(40) NOT NULL,
        counter_code varchar(40) NOT NULL,
        site_code varchar(40) NOT NULL,
        status varchar(6) NOT NULL CHECK (status IN ('open', 'closed')),
        officer_id uuid,
        services text[] NOT NULL DEFAULT '{}',
        current_ticket_id uuid,
        opened_at timestamptz,
        closed_at timestamptz,
        PRIMARY KEY (region_code, agency_code, counter_code),
        FOREIGN KEY (region_code, agency_code, counter_code) REFERENCES counter (region_code, agency_code, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE queue_counter_day (
        region_code varchar(5) NOT NULL,
        agency_code varchar(40) NOT NULL,
        counter_code varchar(40) NOT NULL,
        service_date date NOT NULL,
        called integer NOT NULL DEFAULT 0,
        served integer NOT NULL DEFAULT 0,
        no_shows integer NOT NULL DEFAULT 0,
        wait_seconds_sum bigint NOT NULL DEFAULT 0,
        wait_histogram integer[] NOT NULL DEFAULT array_fill(0, ARRAY[241]),
        service_seconds_sum bigint NOT NULL DEFAULT 0,
        service_histogram integer[] NOT NULL DEFAULT array_fill(0, ARRAY[241]),
        PRIMARY KEY (region_code, agency_code, counter_code, service_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE booking_slot (
        region_code varchar(5) NOT NULL,
        site_code varchar(40) NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        slot_start timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity > 0),
        booked integer NOT NULL DEFAULT 0,
        PRIMARY KEY (region_code, site_code, agency_code, service_code, slot_start),
        CHECK (booked >= 0 AND booked <= capacity)
      )`);
    await queryRunner.query(`
      CREATE TABLE booking (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        code varchar(12) NOT NULL,
        site_code varchar(40) NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        service_date date NOT NULL,
        slot_start timestamptz NOT NULL,
        name text NOT NULL,
        phone text NOT NULL,
        nik_masked varchar(16),
        status varchar(10) NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked_in')),
        ticket_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        checked_in_at timestamptz,
        PRIMARY KEY (region_code, id),
        UNIQUE (region_code, code)
      )`);
    // No one books every slot: one live booking per phone number, service and day.
    await queryRunner.query(`
      CREATE UNIQUE INDEX booking_one_per_phone_idx ON booking (region_code, agency_code, service_code, service_date, phone)
      WHERE status <> 'cancelled'`);
    await queryRunner.query(`
      CREATE TABLE device (
        region_code varchar(5) NOT NULL,
        id uuid NOT NULL,
        site_code varchar(40) NOT NULL,
        kind varchar(6) NOT NULL CHECK (kind IN ('kiosk', 'board')),
        name text NOT NULL,
        token_prefix varchar(10) NOT NULL UNIQUE,
        token_hash bytea NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (region_code, id),
        FOREIGN KEY (region_code, site_code) REFERENCES site (region_code, code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'device',
      'booking',
      'booking_slot',
      'queue_counter_day',
      'counter_state',
      'idempotency_key',
      'ticket_event',
      'ticket',
      'queue_line_day',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
