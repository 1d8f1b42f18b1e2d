import { Injectable } from '@nestjs/common';

import { serviceCalendar, type ServiceRecord, siteCalendar, type SiteConfig } from '@mpp/deployment';
import { localDateAt, type OpeningCalendar } from '@mpp/domain';
import { CalendarOverridesRepository, NationalCalendarRepository, overridesFor } from '@mpp/persistence';

export type CalendarOf = (
  site: SiteConfig,
  service?: { agencyCode: string; serviceCode: string; record: ServiceRecord },
) => { siteCal: OpeningCalendar; serviceCal?: OpeningCalendar };

/**
 * Builds the calendars `openingStatus` reads for a region: each site's file, plus national
 * holidays and cuti bersama, plus the region's live overrides, for the weeks around `now`.
 * The catalogue and the queue both ask here, so they never disagree on whether a mall is open.
 */
@Injectable()
export class OpeningCalendars {
  constructor(
    private readonly nationalCalendar: NationalCalendarRepository,
    private readonly overrides: CalendarOverridesRepository,
  ) {}

  async forRegion(regionCode: string, offset: 7 | 8 | 9, now: Date): Promise<CalendarOf> {
    const day = (shift: number) => localDateAt(new Date(now.getTime() + shift * 86_400_000), offset);
    const [holidays, overrides] = [
      await this.nationalCalendar.between(day(-1), day(40)),
      await this.overrides.upcoming(regionCode, day(-1)),
    ];
    return (site, service) => {
      const own = siteCalendar(site, offset);
      const siteCal: OpeningCalendar = {
        ...own,
        closedDates: [...(own.closedDates ?? []), ...holidays],
        overrides: overridesFor(overrides, site.code),
      };
      if (!service) return { siteCal };
      // A service is open only inside its site's hours; its own hours and overrides narrow or extend that.
      const serviceOverrides = overridesFor(overrides, site.code, service);
      const serviceHours = serviceCalendar(service.record, offset);
      const serviceCal: OpeningCalendar | undefined =
        serviceHours || serviceOverrides.length > 0
          ? { ...(serviceHours ?? { utcOffsetHours: offset, weekly: site.hours }), overrides: serviceOverrides }
          : undefined;
      return { siteCal, serviceCal };
    };
  }
}
