import type { MigrationInterface, QueryRunner } from 'typeorm';

import { REBUILD_REGION_MONTHS_SQL, REBUILD_SERVICE_DAYS_SQL } from '../national/rollup-sql';

const ZEROS = `'{${new Array(49).fill(0).join(',')}}'`;
const MEASURES = `
  tickets integer NOT NULL DEFAULT 0,
  served integer NOT NULL DEFAULT 0,
  no_shows integer NOT NULL DEFAULT 0,
  cancelled integer NOT NULL DEFAULT 0,
  wait_seconds_sum bigint NOT NULL DEFAULT 0,
  wait_count integer NOT NULL DEFAULT 0,
  wait_histogram integer[] NOT NULL DEFAULT ${ZEROS},
  service_seconds_sum bigint NOT NULL DEFAULT 0,
  service_count integer NOT NULL DEFAULT 0`;

/**
 * The national dashboard's data (ADR 0065): daily roll-ups of finished tickets per region,
 * site, agency, service and day, and per region and month, kept by a statement trigger on
 * `ticket` in the transaction that finishes them (so no write path can forget them, and a bulk
 * update pays once per statement, not per row); the dated history of each region's rollout
 * stage; and the read-only `national_viewer` role.
 */
export class NationalRollups1797660000000 implements MigrationInterface {
  name = 'NationalRollups1797660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                 WHERE conrelid = 'staff_account'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%national_admin%' LOOP
          EXECUTE format('ALTER TABLE staff_account DROP CONSTRAINT %I', c.conname);
        END LOOP;
      END $$`);
    await queryRunner.query(`
      ALTER TABLE staff_account
        ADD CONSTRAINT staff_account_role_check
          CHECK (role IN ('national_admin', 'national_viewer', 'region_admin', 'agency_supervisor', 'counter_officer')),
        ADD CONSTRAINT staff_account_national_check CHECK ((role IN ('national_admin', 'national_viewer')) = (region_code IS NULL))`);

    await queryRunner.query(`
      CREATE TABLE rollup_service_day (
        region_code varchar(5) NOT NULL,
        site_code varchar(40) NOT NULL,
        agency_code varchar(40) NOT NULL,
        service_code varchar(40) NOT NULL,
        service_date date NOT NULL,
        ${MEASURES},
        PRIMARY KEY (region_code, site_code, agency_code, service_code, service_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE rollup_region_month (
        region_code varchar(5) NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        ${MEASURES},
        PRIMARY KEY (region_code, month)
      )`);
    await queryRunner.query(`CREATE INDEX rollup_region_month_month_idx ON rollup_region_month (month)`);
    // Five-minute buckets, the last one four hours and more: rollupBucket() in libs/domain.
    await queryRunner.query(`
      CREATE FUNCTION mpp_rollup_bucket(seconds bigint) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT least(48, greatest(0, seconds / 300))::integer $$`);
    await queryRunner.query(`
      CREATE FUNCTION mpp_histogram_add(total integer[], bucket integer) RETURNS integer[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
      AS $$ BEGIN IF bucket IS NOT NULL THEN total[bucket + 1] := total[bucket + 1] + 1; END IF; RETURN total; END $$`);
    await queryRunner.query(`CREATE AGGREGATE mpp_histogram(integer) (SFUNC = mpp_histogram_add, STYPE = integer[], INITCOND = ${ZEROS})`);
    await queryRunner.query(`
      CREATE FUNCTION mpp_histogram_merge(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i) $$`);
    await queryRunner.query(
      `CREATE AGGREGATE mpp_histogram_sum(integer[]) (SFUNC = mpp_histogram_merge, STYPE = integer[], INITCOND = ${ZEROS})`,
    );
    // Tickets never leave a final state (isFinal in libs/domain), so counting each arrival
    // in one is enough. A wait is the last call's, when it came after the ticket (re)joined a line. Waits and service times are whole seconds, so the sums the trigger
    // adds up ticket by ticket equal those a rebuild adds up at once.
    await queryRunner.query(`
      CREATE FUNCTION mpp_rollup_finished_tickets() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH finished AS (
          SELECT n.region_code, n.site_code, n.agency_code, n.service_code, n.service_date, n.status,
                 CASE WHEN n.called_at >= n.queued_at THEN round(extract(epoch FROM n.called_at - n.queued_at))::bigint END AS wait,
                 CASE WHEN n.status = 'done' AND n.started_at IS NOT NULL
                      THEN round(extract(epoch FROM n.finished_at - n.started_at))::bigint END AS service
          FROM finished_new n JOIN finished_old o ON o.region_code = n.region_code AND o.id = n.id
          WHERE n.status IN ('done', 'no_show', 'cancelled') AND o.status NOT IN ('done', 'no_show', 'cancelled')
        ), days AS (
          SELECT region_code, site_code, agency_code, service_code, service_date,
                 count(*)::int AS tickets, count(*) FILTER (WHERE status = 'done')::int AS served,
                 count(*) FILTER (WHERE status = 'no_show')::int AS no_shows, count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
                 coalesce(sum(wait), 0)::bigint AS wait_seconds_sum, count(wait)::int AS wait_count,
                 mpp_histogram(mpp_rollup_bucket(wait)) AS wait_histogram,
                 coalesce(sum(service), 0)::bigint AS service_seconds_sum, count(service)::int AS service_count
          FROM finished GROUP BY region_code, site_code, agency_code, service_code, service_date
        ), by_day AS (
          INSERT INTO rollup_service_day AS r (region_code, site_code, agency_code, service_code, service_date, tickets, served, no_shows,
                                               cancelled, wait_seconds_sum, wait_count, wait_histogram, service_seconds_sum, service_count)
          SELECT * FROM days
          ON CONFLICT (region_code, site_code, agency_code, service_code, service_date) DO UPDATE SET
            tickets = r.tickets + EXCLUDED.tickets, served = r.served + EXCLUDED.served, no_shows = r.no_shows + EXCLUDED.no_shows,
            cancelled = r.cancelled + EXCLUDED.cancelled, wait_seconds_sum = r.wait_seconds_sum + EXCLUDED.wait_seconds_sum,
            wait_count = r.wait_count + EXCLUDED.wait_count, wait_histogram = mpp_histogram_merge(r.wait_histogram, EXCLUDED.wait_histogram),
            service_seconds_sum = r.service_seconds_sum + EXCLUDED.service_seconds_sum, service_count = r.service_count + EXCLUDED.service_count
        )
        INSERT INTO rollup_region_month AS m (region_code, month, tickets, served, no_shows, cancelled, wait_seconds_sum, wait_count,
                                              wait_histogram, service_seconds_sum, service_count)
        SELECT region_code, date_trunc('month', service_date)::date, sum(tickets), sum(served), sum(no_shows), sum(cancelled),
               sum(wait_seconds_sum), sum(wait_count), mpp_histogram_sum(wait_histogram), sum(service_seconds_sum), sum(service_count)
        FROM days GROUP BY region_code, date_trunc('month', service_date)
        ON CONFLICT (region_code, month) DO UPDATE SET
          tickets = m.tickets + EXCLUDED.tickets, served = m.served + EXCLUDED.served, no_shows = m.no_shows + EXCLUDED.no_shows,
          cancelled = m.cancelled + EXCLUDED.cancelled, wait_seconds_sum = m.wait_seconds_sum + EXCLUDED.wait_seconds_sum,
          wait_count = m.wait_count + EXCLUDED.wait_count, wait_histogram = mpp_histogram_merge(m.wait_histogram, EXCLUDED.wait_histogram),
          service_seconds_sum = m.service_seconds_sum + EXCLUDED.service_seconds_sum, service_count = m.service_count + EXCLUDED.service_count;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ticket_rollup AFTER UPDATE ON ticket
      REFERENCING OLD TABLE AS finished_old NEW TABLE AS finished_new
      FOR EACH STATEMENT EXECUTE FUNCTION mpp_rollup_finished_tickets()`);

    // The stage a deployment file declares, dated each time it changes (days in WIB, the
    // ministry's calendar): the nation's progress month by month without reading the audit trail.
    await queryRunner.query(`
      CREATE TABLE rollout_stage_change (
        region_code varchar(5) NOT NULL REFERENCES regency (code),
        id bigint GENERATED ALWAYS AS IDENTITY,
        stage varchar(12) NOT NULL CHECK (stage IN ('planned', 'rintisan', 'operational', 'inaugurated')),
        since date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, id)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION mpp_record_rollout_stage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.rollout_status IS DISTINCT FROM OLD.rollout_status THEN
          INSERT INTO rollout_stage_change (region_code, stage, since)
          VALUES (NEW.region_code, NEW.rollout_status, (now() AT TIME ZONE 'Asia/Jakarta')::date);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER deployment_region_stage AFTER INSERT OR UPDATE OF rollout_status ON deployment_region
      FOR EACH ROW EXECUTE FUNCTION mpp_record_rollout_stage()`);
    await queryRunner.query(`
      INSERT INTO rollout_stage_change (region_code, stage, since)
      SELECT region_code, rollout_status, (updated_at AT TIME ZONE 'Asia/Jakarta')::date FROM deployment_region`);
    // Tickets finished before this migration count too.
    await queryRunner.query(REBUILD_SERVICE_DAYS_SQL, [null]);
    await queryRunner.query(REBUILD_REGION_MONTHS_SQL, [null]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER deployment_region_stage ON deployment_region`);
    await queryRunner.query(`DROP FUNCTION mpp_record_rollout_stage()`);
    await queryRunner.query(`DROP TABLE rollout_stage_change`);
    await queryRunner.query(`DROP TRIGGER ticket_rollup ON ticket`);
    await queryRunner.query(`DROP FUNCTION mpp_rollup_finished_tickets()`);
    await queryRunner.query(`DROP AGGREGATE mpp_histogram_sum(integer[])`);
    await queryRunner.query(`DROP FUNCTION mpp_histogram_merge(integer[], integer[])`);
    await queryRunner.query(`DROP AGGREGATE mpp_histogram(integer)`);
    await queryRunner.query(`DROP FUNCTION mpp_histogram_add(integer[], integer)`);
    await queryRunner.query(`DROP FUNCTION mpp_rollup_bucket(bigint)`);
    await queryRunner.query(`DROP TABLE rollup_region_month`);
    await queryRunner.query(`DROP TABLE rollup_service_day`);
    await queryRunner.query(`DELETE FROM staff_account WHERE role = 'national_viewer'`);
    await queryRunner.query(
      `ALTER TABLE staff_account DROP CONSTRAINT staff_account_role_check, DROP CONSTRAINT staff_account_national_check`,
    );
    await queryRunner.query(`
      ALTER TABLE staff_account
        ADD CHECK (role IN ('national_admin', 'region_admin', 'agency_supervisor', 'counter_officer')),
        ADD CHECK ((role = 'national_admin') = (region_code IS NULL))`);
  }
}
