import { Injectable } from '@nestjs/common';

import { callOrderOf, type ServiceRecord, type SiteConfig } from '@mpp/deployment';
import {
  addWorkingDays,
  InvalidValueError,
  isCalendarDate,
  localDateAt,
  localDateTime,
  NotFoundError,
  type OpeningCalendar,
  openingStatus,
  type Page,
  pageOf,
  PageRequest,
  ProvinceCode,
  RegionCode,
  specialDays,
  timeZoneOfProvince,
  weekdayOf,
} from '@mpp/domain';
import { CatalogueRepository, type CatalogueServiceSummary, NationalCalendarRepository, RegionsRepository } from '@mpp/persistence';
import { calendarWarning, type Language } from '@mpp/platform';

import { OpeningCalendars } from '../calendars/opening-calendars.service';
import {
  type AgencyListDto,
  type ListServicesQuery,
  type MallDto,
  type ServiceDetailDto,
  type ServiceSummaryDto,
  type StandardVersionListDto,
} from './catalogue.dto';
import { type SiteDto, SPECIAL_DAYS_AHEAD } from './site.dto';

/** The public catalogue of a deployed region: the mall, its agencies, its services. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly regions: RegionsRepository,
    private readonly calendars: OpeningCalendars,
    private readonly nationalCalendar: NationalCalendarRepository,
  ) {}

  async mall(regionCode: RegionCode, language: Language = 'id', now = new Date()): Promise<MallDto> {
    const { code, offset, name, zone } = await this.region(regionCode);
    const region = await this.catalogue.region(code);
    if (!region) throw notDeployed(code);
    const calendar = await this.calendars.forRegion(code, offset, now);
    const gap = await this.nationalCalendar.gap(localDateAt(now, offset));
    return {
      regionCode: code,
      regionName: name,
      timeZone: zone,
      rolloutStatus: region.rolloutStatus,
      sites: region.sites.map((site) => siteDto(site, calendar(site).siteCal, now)),
      agencyCount: region.agencyCount,
      serviceCount: region.serviceCount,
      ...(gap && { warnings: [calendarWarning(gap, language)] }),
    };
  }

  async agencies(region: RegionCode): Promise<AgencyListDto> {
    const code = await this.deployedCode(region);
    const items = await this.catalogue.agencies(code);
    return { items, total: items.length };
  }

  async services(regionCode: RegionCode, query: ListServicesQuery): Promise<Page<ServiceSummaryDto>> {
    const code = regionCode.value;
    const page = PageRequest.of(query.page, query.pageSize);
    // One query answers both whether the region is deployed and its matches.
    const { region, items, total } = await this.catalogue.services(code, { q: query.q, agency: query.agency }, page);
    if (region === 'unknown-region') throw unknownRegion(code);
    if (region === 'not-deployed') throw notDeployed(code);
    return pageOf(page, items.map(summaryDto), total);
  }

  async service(region: RegionCode, agencyCode: string, serviceCode: string, now = new Date()): Promise<ServiceDetailDto> {
    const { code, offset } = await this.deployed(region);
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
      ...(service.standardSince && { standardSince: service.standardSince.toISOString() }),
      ...(await this.expectedCompletion(service.record, offset, now)),
    };
  }

  /** Every version of the service's standard, or the one in force at `on`: which requirements held on a given day. */
  async standardVersions(region: RegionCode, agencyCode: string, serviceCode: string, on?: string): Promise<StandardVersionListDto> {
    const { code } = await this.deployed(region);
    if (!(await this.catalogue.service(code, agencyCode, serviceCode)))
      throw new NotFoundError('SERVICE_NOT_FOUND', `No active service ${agencyCode}/${serviceCode} in ${code}`, 'serviceCode');
    // A bare date means the whole day in WIB: the version in force at its end.
    const instant = on === undefined ? undefined : new Date(/^\d{4}-\d{2}-\d{2}$/.test(on) ? `${on}T23:59:59.999+07:00` : on);
    if (instant && (Number.isNaN(instant.getTime()) || (on?.length === 10 && !isCalendarDate(on))))
      throw new InvalidValueError('DATE_INVALID', `"${on}" is not a real date or instant`, 'on');
    const versions = await this.catalogue.standardVersions(code, agencyCode, serviceCode, instant);
    return {
      items: versions.map((version) => ({
        validFrom: version.validFrom.toISOString(),
        ...(version.validUntil && { validUntil: version.validUntil.toISOString() }),
        standard: version.standard as unknown as Record<string, unknown>,
        ...(version.template && { template: version.template }),
        ...(version.templateVersion && { templateVersion: version.templateVersion }),
      })),
    };
  }

  /** The due day of work submitted today, when the standard counts working days. */
  private async expectedCompletion(
    record: ServiceRecord,
    offset: 7 | 8 | 9,
    now: Date,
  ): Promise<Pick<ServiceDetailDto, 'expectedCompletion'>> {
    const { value, unit } = record.standard.completionTime;
    if (unit !== 'working_days') return {};
    const today = localDateAt(now, offset);
    // Two calendar days per working day plus a month covers any run of weekends and holidays.
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + (value * 2 + 31) * 86_400_000).toISOString().slice(0, 10);
    const date = addWorkingDays(today, value, await this.nationalCalendar.between(today, until));
    const loaded = new Set((await this.nationalCalendar.years()).map((row) => row.year));
    const calendarCovered = [...new Set([today, date].map((day) => Number(day.slice(0, 4))))].every((year) => loaded.has(year));
    return { expectedCompletion: { date, workingDays: value, calendarCovered } };
  }

  private async region(code: RegionCode): Promise<{ code: string; offset: 7 | 8 | 9; name: string; zone: string }> {
    const region = await this.regions.findByCode(code);
    if (!region) throw unknownRegion(code.value);
    const zone = timeZoneOfProvince(ProvinceCode.parse(region.province.code));
    return { code: code.value, offset: zone.utcOffsetHours, name: region.name, zone: zone.zone };
  }

  /** The code of a deployed region, checked in one query. */
  private async deployedCode(region: RegionCode): Promise<string> {
    const code = region.value;
    const status = await this.catalogue.deploymentStatus(code);
    if (status === 'unknown-region') throw unknownRegion(code);
    if (status === 'not-deployed') throw notDeployed(code);
    return code;
  }

  private async deployed(code: RegionCode) {
    const region = await this.region(code);
    if (!(await this.catalogue.isDeployed(region.code))) throw notDeployed(region.code);
    return region;
  }
}

function unknownRegion(code: string): NotFoundError {
  return new NotFoundError('REGION_NOT_FOUND', `No kabupaten/kota has the code ${code}`, 'code');
}

function notDeployed(code: string): NotFoundError {
  return new NotFoundError('DEPLOYMENT_NOT_FOUND', `Kabupaten/kota ${code} has no MPP deployed on this platform yet`, 'code');
}

function summaryDto(service: CatalogueServiceSummary): ServiceSummaryDto {
  const { record } = service;
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
  const localDate = localDateAt(now, calendar.utcOffsetHours);
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
    specialDays: specialDays(calendar, localDate, SPECIAL_DAYS_AHEAD),
  };
}
