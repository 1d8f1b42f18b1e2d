import { Injectable } from '@nestjs/common';

import { problemFieldError, validateNationalCalendar } from '@mpp/deployment';
import { actorOf, InvalidDocumentError } from '@mpp/domain';
import { NationalCalendarRepository, Transactions } from '@mpp/persistence';
import { type ActingRequest, AuditLog, calendarWarning, type Language, todayInWib } from '@mpp/platform';

import type { NationalCalendarDto } from './national-calendar.dto';

/**
 * The national holidays and cuti bersama, loaded a year at a time by a national admin: the file
 * is checked like a deployment file (every problem with its line, nothing written when any),
 * and the load is audited in the same transaction.
 */
@Injectable()
export class NationalCalendarService {
  constructor(
    private readonly transactions: Transactions,
    private readonly calendar: NationalCalendarRepository,
    private readonly audit: AuditLog,
  ) {}

  async show(language: Language, changed?: number): Promise<NationalCalendarDto> {
    const years = await this.calendar.years();
    const gap = await this.calendar.gap(todayInWib());
    return {
      years: years.map((row) => ({ ...row, loadedAt: row.loadedAt.toISOString() })),
      ...(gap && { warning: calendarWarning(gap, language) }),
      ...(changed !== undefined && { changed }),
    };
  }

  async load(content: string, request: ActingRequest, language: Language): Promise<NationalCalendarDto> {
    const principal = request.principal;
    const result = validateNationalCalendar({ file: 'upload.yaml', text: content });
    if (!result.value) {
      throw new InvalidDocumentError(
        'NATIONAL_CALENDAR_INVALID',
        `The national calendar file has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
        result.problems.map(problemFieldError),
      );
    }
    const calendar = result.value;
    const changed = await this.transactions.run(async (tx) => {
      const count = await this.calendar.replace(calendar, actorOf(principal).actorId, tx);
      await this.audit.record(
        {
          action: 'national_calendar.load',
          outcome: 'success',
          principal,
          target: { type: 'national-calendar', id: calendar.years.map((entry) => entry.year).join(',') },
          requestId: request.requestId,
          details: {
            years: calendar.years.map((entry) => ({ year: entry.year, status: entry.status })),
            holidays: calendar.holidays.length,
            cutiBersama: calendar.cutiBersama.length,
            changed: count,
          },
        },
        tx,
      );
      return count;
    });
    return this.show(language, changed);
  }
}
