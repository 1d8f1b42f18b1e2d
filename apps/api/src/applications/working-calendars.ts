import { Injectable } from '@nestjs/common';

import type { WorkingDayCalendar } from '@mpp/domain';
import { CalendarOverridesRepository, NationalCalendarRepository } from '@mpp/persistence';

import type { RegionLayout } from '../queue/queue-layout.service';

/** How far ahead the working-day clock looks for holidays: past any completion time a standard sets. */
const HORIZON_DAYS = 400;

/**
 * The days an agency at a site does not work, for the SLA clock: national holidays and cuti
 * bersama, the site's local holidays, and whole-day closures of the site or of the service
 * (the same sources the opening calendar reads).
 */
@Injectable()
export class WorkingCalendars {
  constructor(
    private readonly nationalCalendar: NationalCalendarRepository,
    private readonly overrides: CalendarOverridesRepository,
  ) {}

  async forService(
    layout: RegionLayout,
    place: { siteCode: string; agencyCode: string; serviceCode: string },
    from: string,
  ): Promise<WorkingDayCalendar> {
    const to = new Date(Date.parse(`${from}T00:00:00Z`) + HORIZON_DAYS * 86_400_000).toISOString().slice(0, 10);
    const [national, overrides] = await Promise.all([
      this.nationalCalendar.between(from, to),
      this.overrides.upcoming(layout.regionCode, from),
    ]);
    const site = layout.state.sites.get(place.siteCode)?.value;
    const closures = overrides.filter(
      (row) =>
        row.kind === 'closed' &&
        row.siteCode === place.siteCode &&
        // A closure of part of a day leaves the day worked.
        !row.hours?.length &&
        (row.agencyCode === null || (row.agencyCode === place.agencyCode && row.serviceCode === place.serviceCode)),
    );
    return {
      closedDates: new Set([
        ...national.map((day) => day.date),
        ...(site?.holidays ?? []).map((day) => day.date),
        ...closures.map((row) => row.date),
      ]),
    };
  }
}
