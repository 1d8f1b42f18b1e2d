/**
 * The roll-ups recomputed from the tickets themselves, by the same rules as the trigger that
 * keeps them (migration 1797660000000): every finished ticket, its wait when it was called, its
 * service time when it was served, in whole seconds. `$1` limits it to one region, or null.
 */
export const REBUILD_SERVICE_DAYS_SQL = `
  INSERT INTO rollup_service_day (region_code, site_code, agency_code, service_code, service_date, tickets, served, no_shows,
                                  cancelled, wait_seconds_sum, wait_count, wait_histogram, service_seconds_sum, service_count)
  SELECT region_code, site_code, agency_code, service_code, service_date,
         count(*), count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'no_show'),
         count(*) FILTER (WHERE status = 'cancelled'), coalesce(sum(wait), 0), count(wait), mpp_histogram(mpp_rollup_bucket(wait)),
         coalesce(sum(service), 0), count(service)
  FROM (SELECT region_code, site_code, agency_code, service_code, service_date, status,
               CASE WHEN called_at >= queued_at THEN round(extract(epoch FROM called_at - queued_at))::bigint END AS wait,
               CASE WHEN status = 'done' AND started_at IS NOT NULL THEN round(extract(epoch FROM finished_at - started_at))::bigint END AS service
        FROM ticket WHERE status IN ('done', 'no_show', 'cancelled') AND ($1::text IS NULL OR region_code = $1)) finished
  GROUP BY region_code, site_code, agency_code, service_code, service_date`;

export const REBUILD_REGION_MONTHS_SQL = `
  INSERT INTO rollup_region_month (region_code, month, tickets, served, no_shows, cancelled, wait_seconds_sum, wait_count,
                                   wait_histogram, service_seconds_sum, service_count)
  SELECT region_code, date_trunc('month', service_date)::date, sum(tickets), sum(served), sum(no_shows), sum(cancelled),
         sum(wait_seconds_sum), sum(wait_count), mpp_histogram_sum(wait_histogram), sum(service_seconds_sum), sum(service_count)
  FROM rollup_service_day WHERE ($1::text IS NULL OR region_code = $1)
  GROUP BY region_code, date_trunc('month', service_date)`;
