import type { DataSource } from 'typeorm';

/** Which tickets a queue report reads: a region's, over local dates (both included), narrowed at will. */
export interface QueueReportScope {
  regionCode: string;
  from: string;
  to: string;
  /** The region's offset from UTC: the hour of arrival is the site's local hour. */
  utcOffsetHours: number;
  siteCode?: string;
  agencyCode?: string;
  serviceCode?: string;
  counterCode?: string;
}

export type QueueReportDimension = 'total' | 'day' | 'hour' | 'site' | 'agency' | 'service' | 'counter';

/** One row of a report: the tickets of one day, hour, site, agency, service or counter (or all). */
export interface QueueReportRow {
  dimension: QueueReportDimension;
  day: string | null;
  hour: number | null;
  siteCode: string | null;
  agencyCode: string | null;
  serviceCode: string | null;
  /** Null in a counter row: tickets no counter has called yet. */
  counterCode: string | null;
  tickets: number;
  served: number;
  noShows: number;
  cancelled: number;
  unfinished: number;
  /** Tickets called at least once (their wait is known). */
  called: number;
  meanWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  meanServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
}

// GROUPING(day, hour, site_code, agency_code, service_code, counter_code): a bit set per column not grouped by.
const DIMENSIONS = `CASE GROUPING(day, hour, site_code, agency_code, service_code, counter_code)
  WHEN 63 THEN 'total' WHEN 31 THEN 'day' WHEN 47 THEN 'hour' WHEN 55 THEN 'site'
  WHEN 59 THEN 'agency' WHEN 57 THEN 'service' WHEN 58 THEN 'counter' END`;

/**
 * A queue report read from the tickets themselves, in one statement: every breakdown is a
 * grouping set over the same rows, so each adds up to the same total, and the percentiles are
 * exact (`percentile_cont`), not bucketed like the day figures kept for the live boards.
 * A ticket counts under the service and counter it ended with (after a transfer, the last one);
 * its wait runs from joining its last line to its last call, its service from start to finish.
 */
export class QueueReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async report(scope: QueueReportScope): Promise<QueueReportRow[]> {
    const rows = (await this.dataSource.query(
      `WITH t AS (
         SELECT to_char(service_date, 'YYYY-MM-DD') AS day, site_code, agency_code, service_code, counter_code, status,
                extract(hour FROM (arrived_at AT TIME ZONE 'UTC') + make_interval(hours => $4))::int AS hour,
                CASE WHEN called_at IS NOT NULL THEN extract(epoch FROM called_at - queued_at)::float8 END AS wait,
                CASE WHEN status = 'done' AND started_at IS NOT NULL THEN extract(epoch FROM finished_at - started_at)::float8 END AS service
         FROM ticket
         WHERE region_code = $1 AND service_date BETWEEN $2::date AND $3::date
           AND ($5::text IS NULL OR site_code = $5) AND ($6::text IS NULL OR agency_code = $6)
           AND ($7::text IS NULL OR service_code = $7) AND ($8::text IS NULL OR counter_code = $8)
       )
       SELECT ${DIMENSIONS} AS dimension, day, hour, site_code AS "siteCode", agency_code AS "agencyCode",
              service_code AS "serviceCode", counter_code AS "counterCode",
              count(*)::int AS tickets,
              count(*) FILTER (WHERE status = 'done')::int AS served,
              count(*) FILTER (WHERE status = 'no_show')::int AS "noShows",
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
              count(*) FILTER (WHERE status IN ('waiting', 'called', 'serving', 'held'))::int AS unfinished,
              count(wait)::int AS called,
              avg(wait) AS "meanWaitSeconds",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY wait) AS "p90WaitSeconds",
              avg(service) AS "meanServiceSeconds",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY service) AS "p90ServiceSeconds"
       FROM t
       GROUP BY GROUPING SETS ((), (day), (hour), (site_code), (agency_code), (agency_code, service_code), (agency_code, counter_code))
       ORDER BY dimension, day, hour, site_code, agency_code, service_code, counter_code NULLS FIRST`,
      [
        scope.regionCode,
        scope.from,
        scope.to,
        scope.utcOffsetHours,
        scope.siteCode ?? null,
        scope.agencyCode ?? null,
        scope.serviceCode ?? null,
        scope.counterCode ?? null,
      ],
    )) as QueueReportRow[];
    return rows.map((row) => ({
      ...row,
      meanWaitSeconds: numberOrNull(row.meanWaitSeconds),
      p90WaitSeconds: numberOrNull(row.p90WaitSeconds),
      meanServiceSeconds: numberOrNull(row.meanServiceSeconds),
      p90ServiceSeconds: numberOrNull(row.p90ServiceSeconds),
    }));
  }
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
