import { canReach, NotFoundError, type Principal, serviceDateAt } from '@mpp/domain';
import { QueueFiguresRepository } from '@mpp/persistence';
import { ApiError, IsDeploymentCode } from '@mpp/platform';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { BoardLineDto } from './board.dto';
import { CounterFiguresDto, readFigures } from './figures';
import { LiveStreams } from './live/live-streams';
import { QueueLayout } from './queue-layout';

export class DeskCounterDto {
  @ApiProperty({ example: 'loket-3' }) code!: string;
  @ApiProperty({ example: 'Loket 3' }) name!: string;
}

export class DeskServiceDto {
  @ApiProperty({ example: 'ktp-el' }) code!: string;
  @ApiProperty({ example: 'Perekaman dan Pencetakan KTP-el' }) name!: string;
  @ApiProperty({ example: 'A' }) prefix!: string;
}

export class DeskSiteDto {
  @ApiProperty({ example: 'mpp-kota-bogor' }) code!: string;
  @ApiProperty({ example: 'Mal Pelayanan Publik Kota Bogor' }) name!: string;
}

export class AgencyDeskDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'Dinas Kependudukan dan Pencatatan Sipil Kota Bogor' }) agencyName!: string;
  @ApiProperty({ type: [DeskCounterDto], description: 'The counters the caller may open: one for an officer assigned to a counter' })
  counters!: DeskCounterDto[];
  @ApiProperty({ type: [DeskServiceDto] }) services!: DeskServiceDto[];
  @ApiProperty({ type: [DeskSiteDto], description: 'Active sites where the agency serves' }) sites!: DeskSiteDto[];
}

export class DeskTodayQuery {
  @ApiProperty({ example: 'mpp-kota-bogor', description: 'The site the counter is open at' })
  @IsDeploymentCode()
  siteCode!: string;
}

export class DeskTodayDto {
  @ApiProperty({ example: '2026-11-25' }) date!: string;
  @ApiProperty({ type: [BoardLineDto], description: 'Who waits now in each of the agency’s lines at the site' }) lines!: BoardLineDto[];
  @ApiProperty({ type: [CounterFiguresDto], description: 'Today’s figures of the counters the caller may open' })
  counters!: CounterFiguresDto[];
}

/** What the counter desk offers an officer to choose from before opening a counter. */
@Injectable()
export class AgencyDeskService {
  constructor(
    private readonly layout: QueueLayout,
    private readonly streams: LiveStreams,
    private readonly figures: QueueFiguresRepository,
  ) {}

  async desk(regionCode: string, agencyCode: string, principal: Principal): Promise<AgencyDeskDto> {
    assertActsFor(principal, regionCode, agencyCode);
    const layout = await this.layout.region(regionCode);
    const agency = layout.state.agencies.get(agencyCode);
    if (!agency?.active) throw new NotFoundError('AGENCY_NOT_FOUND', `no active agency ${agencyCode}`, 'agencyCode');
    const assigned = principal.kind === 'staff' ? principal.counterCode : undefined;
    const counters = [...layout.state.counters]
      .filter(([key, counter]) => key.startsWith(`${agencyCode}/`) && counter.active)
      .map(([key, counter]) => ({ code: key.slice(agencyCode.length + 1), name: counter.value.name }))
      .filter((counter) => !assigned || counter.code === assigned);
    return {
      regionCode: layout.regionCode,
      agencyCode,
      agencyName: agency.value.name,
      counters,
      services: this.layout
        .agencyServices(layout, agencyCode)
        .map((service) => ({ code: service.serviceCode, name: service.record.name, prefix: service.record.queue.prefix })),
      sites: agency.value.sites
        .map((code) => ({ code, site: layout.state.sites.get(code) }))
        .filter((entry) => entry.site?.active)
        .map((entry) => ({ code: entry.code, name: entry.site?.value.name ?? entry.code })),
    };
  }

  /** The line ahead (waiting per service of the agency at the site) and today's figures of the caller's counters. */
  async today(regionCode: string, agencyCode: string, siteCode: string, principal: Principal): Promise<DeskTodayDto> {
    assertActsFor(principal, regionCode, agencyCode);
    const layout = await this.layout.region(regionCode);
    const date = serviceDateAt(new Date(), layout.utcOffsetHours);
    const board = await this.streams.boardSnapshot(layout.regionCode, siteCode);
    const figures = await readFigures(this.figures, layout.regionCode, date, agencyCode);
    const assigned = principal.kind === 'staff' ? principal.counterCode : undefined;
    return {
      date,
      lines: board.lines.filter((line) => line.agencyCode === agencyCode),
      counters: figures.counters.filter((counter) => !assigned || counter.counterCode === assigned),
    };
  }
}

function assertActsFor(principal: Principal, regionCode: string, agencyCode: string): void {
  if (!canReach(principal, { regionCode, agencyCode })) throw new ApiError(403, 'OUT_OF_SCOPE', 'This agency is not one you act for');
}
