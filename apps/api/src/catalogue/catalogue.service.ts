import { callOrderOf, type ServiceRecord, type SiteConfig } from '@mpp/deployment';
import {
  NotFoundError,
  type OpeningCalendar,
  openingStatus,
  type Page,
  PageRequest,
  pageOf,
  ProvinceCode,
  RegionCode,
  timeZoneOfProvince,
  localDateTime,
  weekdayOf,
} from '@mpp/domain';
import { type CatalogueService as CatalogueServiceRow, CatalogueRepository, RegionsRepository } from '@mpp/persistence';
import { Injectable } from '@nestjs/common';
import { OpeningCalendars } from './opening-calendars';
import type { AgencyListDto, ListServicesQuery, MallDto, ServiceDetailDto, ServiceSummaryDto, SiteDto } from './catalogue.dto';

/** The public catalogue of a deployed region: the mall, its agencies, its services. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly regions: RegionsRepository,
    private readonly calendars: OpeningCalendars,
  ) {}

  async mall(rawCode: string, now = new Date()): Promise<MallDto> {
    const { code, offset, name, zone } = await this.region(rawCode);
    const region = await this.catalogue.region(code);
    if (!region) throw notDeployed(code);
    const calendar = await this.calendars.forRegion(code, offset, now);
    return {
      regionCode: code,
      regionName: name,
      timeZone: zone,
      rolloutStatus: region.rolloutStatus,
      sites: region.sites.map((site) => siteDto(site, calendar(site).siteCal, now)),
      agencyCount: region.agencyCount,
      serviceCount: region.serviceCount,
    };
  }

  async agencies(rawCode: string): Promise<AgencyListDto> {
    const { code } = await this.deployed(rawCode);
    const items = await this.catalogue.agencies(code);
    return { items, total: items.length };
  }

  async services(rawCode: string, query: ListServicesQuery): Promise<Page<ServiceSummaryDto>> {
    const { code } = await this.deployed(rawCode);
    const page = PageRequest.of(query.page, query.pageSize);
    const { items, total } = await this.catalogue.services(code, { q: query.q, agency: query.agency }, page);
    return pageOf(page, items.map(summaryDto), total);
  }

  async service(rawCode: string, agencyCode: string, serviceCode: string, now = new Date()): Promise<ServiceDetailDto> {
    const { code, offset } = await this.deployed(rawCode);
    const service = await this.catalogue.service(code, agencyCode, serviceCode);
    if (!service) throw new NotFoundError('SERVICE_NOT_FOUND', `No active service ${agencyCode}/${serviceCode} in ${code}`, 'serviceCode');
    const sites = await this.catalogue.agencySites(code, agencyCode);
    const calendar = await this.calendars.forRegion(code, offset, now);
    return {
      ...summaryDto(service),
      standard: service.record.standard as unknown as Record<string, unknown>,
      ticketPrefix: service.record.queue.prefix,
      callOrder: { ...callOrderOf(service.record) },
      dailyQuota: service.record.queue.dailyQuota,
      keywords: service.record.keywords,
      sites: sites.map((site) => {
        const { siteCal, serviceCal } = calendar(site, { agencyCode, serviceCode, record: service.record });
        return siteDto(site, siteCal, now, serviceCal);
      }),
    };
  }

  private async region(rawCode: string): Promise<{ code: string; offset: 7 | 8 | 9; name: string; zone: string }> {
    const code = RegionCode.parse(rawCode);
    const region = await this.regions.findByCode(code);
    if (!region) throw new NotFoundError('REGION_NOT_FOUND', `No kabupaten/kota has the code ${code.value}`, 'code');
    const zone = timeZoneOfProvince(ProvinceCode.parse(region.province.code));
    return { code: code.value, offset: zone.utcOffsetHours, name: region.name, zone: zone.zone };
  }

  private async deployed(rawCode: string) {
    const region = await this.region(rawCode);
    if (!(await this.catalogue.isDeployed(region.code))) throw notDeployed(region.code);
    return region;
  }
}

function notDeployed(code: string): NotFoundError {
  return new NotFoundError('DEPLOYMENT_NOT_FOUND', `Kabupaten/kota ${code} has no MPP deployed on this platform yet`, 'code');
}

function summaryDto(service: CatalogueServiceRow): ServiceSummaryDto {
  const record: ServiceRecord = service.record;
  return {
    agencyCode: service.agencyCode,
    agencyName: service.agencyName,
    code: service.code,
    name: record.name,
    description: record.description,
    fee: { amount: record.standard.fee.amount, free: record.standard.fee.amount === 0, legalBasis: record.standard.fee.legalBasis },
    completionTime: record.standard.completionTime,
    queueMode: record.queue.mode,
  };
}

function siteDto(site: SiteConfig, calendar: OpeningCalendar, now: Date, service?: OpeningCalendar): SiteDto {
  const status = openingStatus(calendar, now, service);
  const localDate = new Date(now.getTime() + calendar.utcOffsetHours * 3_600_000).toISOString().slice(0, 10);
  return {
    code: site.code,
    name: site.name,
    kind: site.kind,
    address: site.address,
    coordinates: site.coordinates,
    hours: site.hours,
    now: {
      date: localDate,
      hours: site.hours[weekdayOf(localDate)] ?? [],
      open: status.open,
      acceptingTickets: status.acceptingTickets,
      openUntil: status.openUntil?.toISOString(),
      openUntilLocal: status.openUntil && localDateTime(status.openUntil, calendar.utcOffsetHours),
      ticketsUntil: status.ticketsUntil?.toISOString(),
      ticketsUntilLocal: status.ticketsUntil && localDateTime(status.ticketsUntil, calendar.utcOffsetHours),
      closedReason: status.closedReason,
      closedLabel: status.closedLabel,
      nextOpening: status.nextOpening?.toISOString(),
      nextOpeningLocal: status.nextOpening && localDateTime(status.nextOpening, calendar.utcOffsetHours),
    },
  };
}
