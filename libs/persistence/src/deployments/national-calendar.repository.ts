import type { DataSource, EntityManager } from 'typeorm';

import type { NationalCalendar } from '@mpp/deployment';
import { type CalendarGap, type DatedClosure, nationalCalendarGap } from '@mpp/domain';

import { managerOf, type Tx } from '../database/transactions';

export interface CalendarYearRow {
  year: number;
  status: 'provisional' | 'decree';
  source: string;
  loadedBy: string;
  loadedAt: Date;
  holidays: number;
  cutiBersama: number;
}

/** The national holidays and cuti bersama every region closes on, a year at a time. */
export class NationalCalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Makes the years the calendar declares equal to it, in one transaction (the caller's, when
   * given); other years stay as they are. Returns how many days and years changed.
   */
  async replace(calendar: NationalCalendar, loadedBy = 'system', outer?: Tx): Promise<number> {
    const days = [
      ...calendar.holidays.map((day) => ({ ...day, kind: 'holiday' })),
      ...calendar.cutiBersama.map((day) => ({ ...day, kind: 'cuti_bersama' })),
    ];
    const years = calendar.years.map((entry) => entry.year);
    const write = async (manager: EntityManager) => {
      const [, removed] = (await manager.query(
        `DELETE FROM national_holiday
         WHERE extract(year FROM date)::integer = ANY($1::integer[]) AND NOT (date = ANY($2::date[]))`,
        [years, days.map((day) => day.date)],
      )) as [unknown, number];
      const written = (await manager.query(
        `INSERT INTO national_holiday (date, kind, reason)
         SELECT * FROM unnest($1::date[], $2::text[], $3::text[])
         ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, reason = excluded.reason
           WHERE (national_holiday.kind, national_holiday.reason) IS DISTINCT FROM (excluded.kind, excluded.reason)
         RETURNING date`,
        [days.map((day) => day.date), days.map((day) => day.kind), days.map((day) => day.reason)],
      )) as unknown[];
      const yearsWritten = (await manager.query(
        `INSERT INTO national_calendar_year (year, status, source, loaded_by)
         SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[])
         ON CONFLICT (year) DO UPDATE SET status = excluded.status, source = excluded.source,
           loaded_by = excluded.loaded_by, loaded_at = now()
           WHERE (national_calendar_year.status, national_calendar_year.source) IS DISTINCT FROM (excluded.status, excluded.source)
         RETURNING year`,
        [years, calendar.years.map((entry) => entry.status), calendar.years.map((entry) => entry.source), years.map(() => loadedBy)],
      )) as unknown[];
      return removed + written.length + yearsWritten.length;
    };
    return outer ? write(managerOf(this.dataSource, outer)) : this.dataSource.transaction(write);
  }

  /** The closures between two dates (inclusive), for the calendar function. */
  async between(from: string, to: string): Promise<DatedClosure[]> {
    const rows = (await this.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, reason FROM national_holiday WHERE date BETWEEN $1 AND $2 ORDER BY date`,
      [from, to],
    )) as DatedClosure[];
    return rows;
  }

  /** Every loaded year with its status and how many days it holds. */
  async years(): Promise<CalendarYearRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT y.year, y.status, y.source, y.loaded_by AS "loadedBy", y.loaded_at AS "loadedAt",
              count(h.date) FILTER (WHERE h.kind = 'holiday')::integer AS holidays,
              count(h.date) FILTER (WHERE h.kind = 'cuti_bersama')::integer AS "cutiBersama"
       FROM national_calendar_year y LEFT JOIN national_holiday h ON extract(year FROM h.date)::integer = y.year
       GROUP BY y.year ORDER BY y.year`,
    )) as CalendarYearRow[];
    return rows;
  }

  /** The days within the warning horizon after `today` (`YYYY-MM-DD`) that no loaded year covers. */
  async gap(today: string): Promise<CalendarGap | undefined> {
    const rows = (await this.dataSource.query(`SELECT year FROM national_calendar_year`)) as { year: number }[];
    return nationalCalendarGap(
      rows.map((row) => row.year),
      today,
    );
  }
}
