import type { NationalCalendar } from '@mpp/deployment';
import type { DatedClosure } from '@mpp/domain';
import type { DataSource } from 'typeorm';

/** The national holidays and cuti bersama every region closes on. */
export class NationalCalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Makes the table equal to the file, in one transaction; returns how many rows changed. */
  async replace(calendar: NationalCalendar): Promise<number> {
    const days = [
      ...calendar.holidays.map((day) => ({ ...day, kind: 'holiday' })),
      ...calendar.cutiBersama.map((day) => ({ ...day, kind: 'cuti_bersama' })),
    ];
    return this.dataSource.transaction(async (manager) => {
      const [, removed] = (await manager.query(`DELETE FROM national_holiday WHERE NOT (date = ANY($1::date[]))`, [
        days.map((day) => day.date),
      ])) as [unknown, number];
      const written = (await manager.query(
        `INSERT INTO national_holiday (date, kind, reason)
         SELECT * FROM unnest($1::date[], $2::text[], $3::text[])
         ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, reason = excluded.reason
           WHERE (national_holiday.kind, national_holiday.reason) IS DISTINCT FROM (excluded.kind, excluded.reason)
         RETURNING date`,
        [days.map((day) => day.date), days.map((day) => day.kind), days.map((day) => day.reason)],
      )) as unknown[];
      return removed + written.length;
    });
  }

  /** The closures between two dates (inclusive), for the calendar function. */
  async between(from: string, to: string): Promise<DatedClosure[]> {
    const rows = (await this.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, reason FROM national_holiday WHERE date BETWEEN $1 AND $2 ORDER BY date`,
      [from, to],
    )) as DatedClosure[];
    return rows;
  }
}
