import { formatProblem, readSource, validateNationalCalendar } from '@mpp/deployment';
import { NationalCalendarRepository } from '@mpp/persistence';
import type { AppConfig } from '@mpp/platform';

import { withCliDatabase } from '../database-connection';
import { warnOfCalendarGap } from './calendar-gap';
import { EXIT_ERRORS, EXIT_OK } from './validate.command';

/** `mpp calendar load FILE`: loads the years a NationalCalendar file declares; other years stay. */
export function loadCalendar(file: string, config: AppConfig, out: (line: string) => void): Promise<number> {
  const result = validateNationalCalendar(readSource(file));
  result.problems.forEach((problem) => out(formatProblem(problem)));
  if (!result.value) return Promise.resolve(EXIT_ERRORS);
  const calendar = result.value;
  return withCliDatabase(config, async (database) => {
    const changed = await database.get(NationalCalendarRepository).replace(calendar, 'cli');
    out(
      `national calendar ${calendar.years.map((entry) => `${entry.year} (${entry.status})`).join(', ')}: ${changed === 0 ? 'no change' : `${changed} change(s)`}`,
    );
    await warnOfCalendarGap(database, out);
    return EXIT_OK;
  });
}

/** `mpp calendar show`: the loaded years, each with its status and number of days. */
export function showCalendar(config: AppConfig, out: (line: string) => void): Promise<number> {
  return withCliDatabase(config, async (database) => {
    const years = await database.get(NationalCalendarRepository).years();
    if (years.length === 0) out('no year loaded');
    for (const year of years) {
      out(
        `${year.year} ${year.status}: ${year.holidays} holidays, ${year.cutiBersama} days of cuti bersama (${year.source}; loaded by ${year.loadedBy})`,
      );
    }
    await warnOfCalendarGap(database, out);
    return EXIT_OK;
  });
}
