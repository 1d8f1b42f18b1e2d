import { type Database, NationalCalendarRepository } from '@mpp/persistence';
import { calendarWarning, todayInWib } from '@mpp/platform';

/** Prints the warning when the national calendar does not cover the next 90 days; says nothing otherwise. */
export async function warnOfCalendarGap(database: Database, out: (line: string) => void): Promise<void> {
  const gap = await database.get(NationalCalendarRepository).gap(todayInWib());
  if (!gap) return;
  const warning = calendarWarning(gap, 'en');
  out(`warning ${warning.code}: ${warning.message}`);
}
