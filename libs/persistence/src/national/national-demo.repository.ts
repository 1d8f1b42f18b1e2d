import type { DataSource } from 'typeorm';

import type { StageChange } from '@mpp/domain';

import { managerOf, Transactions } from '../database/transactions';

export interface DemoTicketPlan {
  regionCode: string;
  /** First and last day with tickets (YYYY-MM-DD), weekdays only. */
  from: string;
  to: string;
  /** Mean finished tickets per open day. */
  perDay: number;
  /** Mean wait in minutes: a region's own, so the dashboard shows a spread. */
  meanWaitMinutes: number;
  /** 0..1, for a repeatable year. */
  seed: number;
}

/**
 * Writes the national demo (`mpp national-demo`): a region's dated stage history, and a year of
 * tickets as rows in `ticket` that then move to their final state in one UPDATE, so the
 * roll-up trigger the counters' moves fire counts them the same way (ADR 0065). Demo data only:
 * nothing on a request path calls this.
 */
export class NationalDemoRepository {
  constructor(private readonly dataSource: DataSource) {}

  async replaceStageHistory(regionCode: string, changes: readonly StageChange[]): Promise<void> {
    await new Transactions(this.dataSource).run(async (tx) => {
      const manager = managerOf(this.dataSource, tx);
      await manager.query(`DELETE FROM rollout_stage_change WHERE region_code = $1`, [regionCode]);
      for (const change of changes) {
        await manager.query(`INSERT INTO rollout_stage_change (region_code, stage, since) VALUES ($1, $2, $3)`, [
          regionCode,
          change.stage,
          change.since,
        ]);
      }
    });
  }

  async hasTickets(regionCode: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM ticket WHERE region_code = $1 LIMIT 1`, [regionCode])) as unknown[];
    return rows.length > 0;
  }

  /** Issues and finishes a region's demo tickets in one transaction; returns how many. */
  async generateTickets(plan: DemoTicketPlan): Promise<number> {
    return new Transactions(this.dataSource).run(async (tx) => {
      const manager = managerOf(this.dataSource, tx);
      // A year of a busy region is one bulk statement: longer than a request's limit, and demo data only.
      await manager.query(`SET LOCAL statement_timeout = 0`);
      await manager.query(`SELECT setseed($1)`, [plan.seed]);
      // Popular services take more tickets (the square skews the pick towards the first ones);
      // visitors arrive between 08:00 and 15:00 WIB.
      await manager.query(
        `WITH services AS (
           SELECT agency_code, code AS service_code, coalesce(data->'queue'->>'prefix', 'A') AS prefix,
                  (row_number() OVER (ORDER BY agency_code, code) - 1)::int AS idx
           FROM service WHERE region_code = $1 AND active
         ), site AS (SELECT code FROM site WHERE region_code = $1 AND active ORDER BY code LIMIT 1),
         days AS (SELECT d::date AS day FROM generate_series($2::date, $3::date, interval '1 day') d WHERE extract(isodow FROM d) < 6),
         visits AS (
           SELECT day, n, floor(power(random(), 2) * (SELECT count(*) FROM services))::int AS idx,
                  day + time '08:00' + random() * interval '7 hours' - interval '7 hours' AS arrived
           FROM days CROSS JOIN LATERAL generate_series(1, greatest(1, round($4 * (0.6 + 0.8 * random()) + 0 * extract(day FROM day)))::int) n
         )
         INSERT INTO ticket (region_code, id, site_code, service_date, prefix, sequence, line_prefix, agency_code, service_code,
                             channel, priority, status, arrived_at, queued_at)
         SELECT $1, gen_random_uuid(), (SELECT code FROM site), v.day, s.prefix,
                row_number() OVER (PARTITION BY v.day, s.prefix ORDER BY v.arrived), s.prefix, s.agency_code, s.service_code,
                'kiosk', NULL, 'waiting', v.arrived AT TIME ZONE 'UTC', v.arrived AT TIME ZONE 'UTC'
         FROM visits v JOIN services s USING (idx)`,
        [plan.regionCode, plan.from, plan.to, plan.perDay],
      );
      // Waits are exponential around the region's mean; 5% cancel, 7% are called and do not come.
      await manager.query(
        `UPDATE ticket t SET status = m.status, called_at = m.called, started_at = m.started, finished_at = m.finished,
                call_count = CASE WHEN m.called IS NULL THEN 0 ELSE 1 END
         FROM (
           SELECT id, status, called,
                  CASE WHEN status = 'done' THEN called + interval '40 seconds' END AS started,
                  CASE WHEN status = 'done' THEN called + interval '40 seconds' + (180 + random() * 900) * interval '1 second'
                       WHEN status = 'no_show' THEN called + interval '3 minutes'
                       ELSE queued_at + interval '20 minutes' END AS finished
           FROM (
             SELECT id, queued_at, r,
                    CASE WHEN r < 0.05 THEN 'cancelled' WHEN r < 0.12 THEN 'no_show' ELSE 'done' END AS status,
                    CASE WHEN r < 0.05 THEN NULL
                         ELSE queued_at + least(-ln(1 - random()) * $4, 300) * interval '1 minute' END AS called
             FROM (SELECT id, queued_at, random() AS r FROM ticket
                   WHERE region_code = $1 AND service_date BETWEEN $2 AND $3 AND status = 'waiting') waiting
           ) drawn
         ) m
         WHERE t.region_code = $1 AND t.id = m.id`,
        [plan.regionCode, plan.from, plan.to, plan.meanWaitMinutes],
      );
      const [{ issued }] = (await manager.query(
        `SELECT count(*)::int AS issued FROM ticket WHERE region_code = $1 AND service_date BETWEEN $2 AND $3`,
        [plan.regionCode, plan.from, plan.to],
      )) as { issued: number }[];
      return issued;
    });
  }

  /** Fresh planner statistics after a bulk load, so the first dashboard reads are planned well. */
  async analyze(): Promise<void> {
    for (const table of ['ticket', 'rollup_service_day', 'rollup_region_month', 'rollout_stage_change']) {
      await this.dataSource.query(`ANALYZE ${table}`);
    }
  }
}
