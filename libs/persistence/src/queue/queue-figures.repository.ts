import type { DataSource } from 'typeorm';

export interface LineDayFigures {
  siteCode: string;
  prefix: string;
  agencyCode: string;
  serviceCode: string;
  issued: number;
  transferredIn: number;
  called: number;
  served: number;
  noShows: number;
  cancelled: number;
  waitSecondsSum: number;
  waitHistogram: number[];
  serviceSecondsSum: number;
  serviceHistogram: number[];
}

export interface CounterDayFigures {
  agencyCode: string;
  counterCode: string;
  called: number;
  served: number;
  noShows: number;
  waitSecondsSum: number;
  waitHistogram: number[];
  serviceSecondsSum: number;
  serviceHistogram: number[];
}

/** The day's figures as kept by the queue's moves: read, never recomputed from tickets. */
export class QueueFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lines(regionCode: string, serviceDate: string, agencyCode?: string): Promise<LineDayFigures[]> {
    return (await this.dataSource.query(
      `SELECT site_code AS "siteCode", prefix, agency_code AS "agencyCode", service_code AS "serviceCode", last_number AS issued,
              transferred_in AS "transferredIn", called, served, no_shows AS "noShows", cancelled,
              wait_seconds_sum::float8 AS "waitSecondsSum", wait_histogram AS "waitHistogram",
              service_seconds_sum::float8 AS "serviceSecondsSum", service_histogram AS "serviceHistogram"
       FROM queue_line_day WHERE region_code = $1 AND service_date = $2 AND ($3::text IS NULL OR agency_code = $3)
       ORDER BY agency_code, service_code, site_code`,
      [regionCode, serviceDate, agencyCode ?? null],
    )) as LineDayFigures[];
  }

  async counters(regionCode: string, serviceDate: string, agencyCode?: string): Promise<CounterDayFigures[]> {
    return (await this.dataSource.query(
      `SELECT agency_code AS "agencyCode", counter_code AS "counterCode", called, served, no_shows AS "noShows",
              wait_seconds_sum::float8 AS "waitSecondsSum", wait_histogram AS "waitHistogram",
              service_seconds_sum::float8 AS "serviceSecondsSum", service_histogram AS "serviceHistogram"
       FROM queue_counter_day WHERE region_code = $1 AND service_date = $2 AND ($3::text IS NULL OR agency_code = $3)
       ORDER BY agency_code, counter_code`,
      [regionCode, serviceDate, agencyCode ?? null],
    )) as CounterDayFigures[];
  }
}
