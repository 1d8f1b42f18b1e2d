import { Injectable } from '@nestjs/common';

import { canReach, ForbiddenError, NotFoundError, type Principal, type RegionCode, serviceDateAt } from '@mpp/domain';
import { QueueFiguresRepository } from '@mpp/persistence';

import type { AgencyDeskDto, DeskServiceDto, DeskTodayDto, DeskTransferTargetDto } from './agency-desk.dto';
import { LiveStreams } from './live/live-streams.service';
import { readFigures } from './queue-figures.reader';
import { QueueLayout, type RegionLayout } from './queue-layout.service';

/** What the counter desk offers an officer to choose from before opening a counter. */
@Injectable()
export class AgencyDeskService {
  constructor(
    private readonly layout: QueueLayout,
    private readonly streams: LiveStreams,
    private readonly figures: QueueFiguresRepository,
  ) {}

  async desk(regionCode: RegionCode, agencyCode: string, principal: Principal): Promise<AgencyDeskDto> {
    assertActsFor(principal, regionCode, agencyCode);
    const layout = await this.layout.region(regionCode);
    const agency = layout.state.agencies.get(agencyCode);
    if (!agency?.active) throw new NotFoundError('AGENCY_NOT_FOUND', `no active agency ${agencyCode}`, 'agencyCode');
    const assigned = principal.kind === 'staff' ? principal.counterCode : undefined;
    const counters = [...layout.state.counters]
      .filter(([key, counter]) => key.startsWith(`${agencyCode}/`) && counter.active)
      .map(([key, counter]) => ({ code: key.slice(agencyCode.length + 1), name: counter.value.name }))
      .filter((counter) => !assigned || counter.code === assigned);
    const sites = agency.value.sites
      .map((code) => ({ code, site: layout.state.sites.get(code) }))
      .filter((entry) => entry.site?.active)
      .map((entry) => ({ code: entry.code, name: entry.site?.value.name ?? entry.code }));
    return {
      regionCode: layout.regionCode,
      agencyCode,
      agencyName: agency.value.name,
      counters,
      services: this.servicesOf(layout, agencyCode),
      sites,
      transferTargets: sites.flatMap((site) => this.transferTargets(layout, agencyCode, site.code)),
    };
  }

  private servicesOf(layout: RegionLayout, agencyCode: string): DeskServiceDto[] {
    return this.layout
      .agencyServices(layout, agencyCode)
      .map((service) => ({ code: service.serviceCode, name: service.record.name, prefix: service.record.queue.prefix }));
  }

  /** The agencies serving at a site (the desk's own first: most transfers stay in the agency) and their services. */
  private transferTargets(layout: RegionLayout, ownAgency: string, siteCode: string): DeskTransferTargetDto[] {
    return [...layout.state.agencies]
      .filter(([, agency]) => agency.active && agency.value.sites.includes(siteCode))
      .sort(([a], [b]) => Number(b === ownAgency) - Number(a === ownAgency))
      .map(([code, agency]) => ({ siteCode, agencyCode: code, agencyName: agency.value.name, services: this.servicesOf(layout, code) }))
      .filter((target) => target.services.length > 0);
  }

  /** The line ahead (waiting per service of the agency at the site) and today's figures of the caller's counters. */
  async today(regionCode: RegionCode, agencyCode: string, siteCode: string, principal: Principal): Promise<DeskTodayDto> {
    assertActsFor(principal, regionCode, agencyCode);
    const layout = await this.layout.region(regionCode);
    const date = serviceDateAt(new Date(), layout.utcOffsetHours);
    const board = await this.streams.boardSnapshot(layout.region, siteCode);
    const figures = await readFigures(this.figures, layout.regionCode, date, agencyCode);
    const assigned = principal.kind === 'staff' ? principal.counterCode : undefined;
    return {
      date,
      lines: board.lines.filter((line) => line.agencyCode === agencyCode),
      counters: figures.counters.filter((counter) => !assigned || counter.counterCode === assigned),
    };
  }
}

function assertActsFor(principal: Principal, regionCode: RegionCode, agencyCode: string): void {
  if (!canReach(principal, { regionCode: regionCode.value, agencyCode }))
    throw new ForbiddenError('OUT_OF_SCOPE', 'This agency is not one you act for');
}
