import type { DataSource } from 'typeorm';

import type { CallOrderState } from '@mpp/domain';
import { MEAN_SERVICE_WEIGHT, minuteBucket } from '@mpp/domain';

import { managerOf, type Tx } from '../database/transactions';
import type { CounterKey } from './counters.repository';

export interface LineKey {
  regionCode: string;
  siteCode: string;
  prefix: string;
  serviceDate: string;
}

/** The lines of a site on a day. */
export interface SiteDayKey {
  regionCode: string;
  siteCode: string;
  serviceDate: string;
}

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

/**
 * The day rows of the queue's lines and counters: the figures every move of a ticket keeps up
 * to date (read for reports, never recomputed from tickets), the ratio strategy's memory and the
 * recent mean service time, and how many wait in the line now (`waiting`: one more per ticket
 * issued or transferred in, one less per call from the line or cancel, in the move's own
 * transaction). A line's day row is also where its tickets are numbered
 * (`issue-ticket-sql.ts`), so a move writes its figures last, just before commit.
 */
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

  /** The call-order memory of the lines of a site's day that have a row yet, by prefix. */
  async callOrderStates(day: SiteDayKey, tx?: Tx): Promise<Map<string, CallOrderState>> {
    const rows = (await managerOf(this.dataSource, tx).query(
      `SELECT prefix, regular_since_priority AS "regularSincePriority"
       FROM queue_line_day WHERE region_code = $1 AND site_code = $2 AND service_date = $3`,
      [day.regionCode, day.siteCode, day.serviceDate],
    )) as { prefix: string; regularSincePriority: number }[];
    return new Map(rows.map((row) => [row.prefix, { regularSincePriority: row.regularSincePriority }]));
  }

  /** The recent mean service time of a line: today's, else the last day that had one. */
  async recentMeanServiceSeconds(key: LineKey, tx?: Tx): Promise<number | null> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT mean_service_seconds AS mean FROM queue_line_day
       WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date <= $4 AND mean_service_seconds IS NOT NULL
       ORDER BY service_date DESC LIMIT 1`,
      [key.regionCode, key.siteCode, key.prefix, key.serviceDate],
    )) as { mean: number }[];
    return row ? row.mean : null;
  }

  /**
   * Figures of a call: one more called ticket, its wait in the line's and the counter's
   * histograms, and the line's call-order memory after it (`stateAfterCall`; calls of an agency
   * hold its calling lock, so the memory read before is still the line's).
   */
  async countCall(line: LineKey, counter: CounterKey, waitSeconds: number, after: CallOrderState, tx: Tx): Promise<void> {
    const bucket = minuteBucket(waitSeconds) + 1;
    await this.counterDay(counter, line.serviceDate, tx);
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_counter_day SET called = called + 1, wait_seconds_sum = wait_seconds_sum + $5, wait_histogram[$6] = wait_histogram[$6] + 1
       WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3 AND service_date = $4`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, line.serviceDate, Math.round(waitSeconds), bucket],
    );
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET called = called + 1, waiting = waiting - 1, wait_seconds_sum = wait_seconds_sum + $5,
              wait_histogram[$6] = wait_histogram[$6] + 1,
              regular_since_priority = $7
       WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate, Math.round(waitSeconds), bucket, after.regularSincePriority],
    );
  }

  /**
   * Figures of a finished service: served, its time, and the line's recent mean for wait
   * estimates, folded in by the UPDATE itself so two finishes at once both count; `firstMean`
   * is the mean to start the day's row from.
   */
  async countServed(line: LineKey, counter: CounterKey, serviceSeconds: number, firstMean: number, tx: Tx): Promise<void> {
    const bucket = minuteBucket(serviceSeconds) + 1;
    await this.counterDay(counter, line.serviceDate, tx);
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_counter_day SET served = served + 1, service_seconds_sum = service_seconds_sum + $5,
              service_histogram[$6] = service_histogram[$6] + 1
       WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3 AND service_date = $4`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, line.serviceDate, Math.round(serviceSeconds), bucket],
    );
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET served = served + 1, service_seconds_sum = service_seconds_sum + $5,
              service_histogram[$6] = service_histogram[$6] + 1,
              mean_service_seconds = CASE WHEN mean_service_seconds IS NULL THEN $7
                                          ELSE mean_service_seconds * (1 - $8::float8) + $5 * $8::float8 END
       WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate, Math.round(serviceSeconds), bucket, firstMean, MEAN_SERVICE_WEIGHT],
    );
  }

  async countNoShow(line: LineKey, counter: CounterKey, tx: Tx): Promise<void> {
    await this.counterDay(counter, line.serviceDate, tx);
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_counter_day SET no_shows = no_shows + 1 WHERE region_code = $1 AND agency_code = $2 AND counter_code = $3 AND service_date = $4`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, line.serviceDate],
    );
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET no_shows = no_shows + 1 WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate],
    );
  }

  async countCancelled(line: LineKey, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE queue_line_day SET cancelled = cancelled + 1, waiting = waiting - 1 WHERE region_code = $1 AND site_code = $2 AND prefix = $3 AND service_date = $4`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate],
    );
  }

  /** A ticket joins another line by transfer: that line's day row is made if it is the first of the day. */
  async countTransferIn(line: LineKey & { agencyCode: string; serviceCode: string }, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO queue_line_day AS l (region_code, site_code, prefix, service_date, agency_code, service_code, transferred_in, waiting)
       VALUES ($1, $2, $3, $4, $5, $6, 1, 1)
       ON CONFLICT (region_code, site_code, prefix, service_date)
       DO UPDATE SET transferred_in = l.transferred_in + 1, waiting = l.waiting + 1`,
      [line.regionCode, line.siteCode, line.prefix, line.serviceDate, line.agencyCode, line.serviceCode],
    );
  }

  private async counterDay(counter: CounterKey, serviceDate: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO queue_counter_day (region_code, agency_code, counter_code, service_date) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [counter.regionCode, counter.agencyCode, counter.counterCode, serviceDate],
    );
  }
}
