import type { OpeningCalendar } from '@mpp/domain';

import type { ServiceConfig, SiteConfig } from '../schema/deployment.schema';

/** A site's opening calendar as the domain's calendar function reads it. */
export function siteCalendar(site: SiteConfig, utcOffsetHours: OpeningCalendar['utcOffsetHours']): OpeningCalendar {
  return {
    utcOffsetHours,
    weekly: site.hours,
    breaks: site.breaks,
    ticketCutoff: site.ticketCutoff,
    closedDates: site.holidays,
  };
}

/** A service's own hours, when it has any narrower than its site's. */
export function serviceCalendar(
  service: Pick<ServiceConfig, 'hours'>,
  utcOffsetHours: OpeningCalendar['utcOffsetHours'],
): OpeningCalendar | undefined {
  return service.hours ? { utcOffsetHours, weekly: service.hours } : undefined;
}
