import { NationalCalendarRepository } from '@mpp/persistence';
import { calendarWarning, todayInWib } from '@mpp/platform';
import type { DataSource } from 'typeorm';

/** Prints the warning when the national calendar does not cover the next 90 days; says nothing otherwise. */
export async function warnOfCalendarGap(dataSource: DataSource, out: (line: string) => void): Promise<void> {
  const gap = await new NationalCalendarRepository(dataSource).gap(todayInWib());
  if (!gap) return;
  const warning = calendarWarning(gap, 'en');
  out(`warning ${warning.code}: ${warning.message}`);
}
