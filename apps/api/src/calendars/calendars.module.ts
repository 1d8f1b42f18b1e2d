import { Module } from '@nestjs/common';

import { CalendarOverridesRepository, NationalCalendarRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { OpeningCalendars } from './opening-calendars.service';

/** A region's opening calendars (its file, the national calendar, its live overrides): the catalogue and the queue read the same ones. */
@Module({
  providers: [OpeningCalendars, repositoryProvider(NationalCalendarRepository), repositoryProvider(CalendarOverridesRepository)],
  exports: [OpeningCalendars, NationalCalendarRepository],
})
export class CalendarsModule {}
