import { isCalendarDate } from '../calendar/opening-calendar';
import { InvalidValueError } from '../errors/domain-error';

/** A reporting period: local dates, both ends included. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** How the period was asked for, e.g. "2026-Q4" or "2026-10-01..2026-12-31", shown on the report. */
  label: string;
}

/** Units publish yearly, half-yearly, quarterly or monthly (PermenPANRB 14/2017: at least once a year). */
const NAMED = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/;

/**
 * Reads `period` (`2026`, `2026-H1`, `2026-Q4`, `2026-11`) or an explicit `from`/`to`.
 * Raises `PERIOD_INVALID` naming the field; a range longer than five years is refused, as
 * no report needs one and it would only scan the whole table.
 */
export function parseReportPeriod(input: { period?: string; from?: string; to?: string }): ReportPeriod {
  if (input.period !== undefined) {
    if (input.from !== undefined || input.to !== undefined) {
      throw new InvalidValueError('PERIOD_INVALID', 'give either period or from/to, not both', 'period');
    }
    return namedPeriod(input.period);
  }
  if (input.from === undefined || input.to === undefined) {
    throw new InvalidValueError(
      'PERIOD_INVALID',
      'give period (e.g. 2026-Q4) or both from and to',
      input.from === undefined ? 'from' : 'to',
    );
  }
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDate(input[field] as string)) throw new InvalidValueError('PERIOD_INVALID', `${field} must be a date YYYY-MM-DD`, field);
  }
  const { from, to } = input as { from: string; to: string };
  if (from > to) throw new InvalidValueError('PERIOD_INVALID', 'from must not be after to', 'from');
  if (Date.parse(to) - Date.parse(from) > 5 * 366 * 86_400_000) {
    throw new InvalidValueError('PERIOD_INVALID', 'a period spans at most five years', 'to');
  }
  return { from, to, label: `${from}..${to}` };
}

function namedPeriod(period: string): ReportPeriod {
  const match = NAMED.exec(period);
  if (!match) throw new InvalidValueError('PERIOD_INVALID', 'period must look like 2026, 2026-H1, 2026-Q4 or 2026-11', 'period');
  const year = Number(match[1]);
  const part = match[2];
  let first = 1;
  let months = 12;
  if (part?.startsWith('Q')) [first, months] = [(Number(part[1]) - 1) * 3 + 1, 3];
  else if (part?.startsWith('H')) [first, months] = [(Number(part[1]) - 1) * 6 + 1, 6];
  else if (part) {
    first = Number(part);
    months = 1;
    if (first < 1 || first > 12) throw new InvalidValueError('PERIOD_INVALID', 'the month must be 01 to 12', 'period');
  }
  const lastDay = new Date(Date.UTC(year, first - 1 + months, 0));
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${lastDay.getUTCFullYear()}-${pad(lastDay.getUTCMonth() + 1)}-${pad(lastDay.getUTCDate())}`,
    label: period,
  };
}
