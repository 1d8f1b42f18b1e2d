import { Injectable } from '@nestjs/common';

import type { DeploymentState, ServiceRecord, SiteConfig } from '@mpp/deployment';
import {
  ConflictError,
  NotFoundError,
  type OpeningCalendar,
  openingStatus,
  ProvinceCode,
  RegionCode,
  timeZoneOfProvince,
} from '@mpp/domain';
import { DeploymentsRepository, RegionsRepository, Transactions } from '@mpp/persistence';

import { type CalendarOf, OpeningCalendars } from '../calendars/opening-calendars.service';

/** An active service offered at an active site, with the calendars that say when it takes tickets. */
export interface ServiceAtSite {
  regionCode: string;
  site: SiteConfig;
  agencyCode: string;
  agencyName: string;
  serviceCode: string;
  record: ServiceRecord;
  calendars: { siteCal: OpeningCalendar; serviceCal?: OpeningCalendar };
}

export interface RegionLayout {
  region: RegionCode;
  regionCode: string;
  utcOffsetHours: 7 | 8 | 9;
  state: DeploymentState;
  calendarOf: CalendarOf;
  loadedAt: number;
  /** Lines already looked up in this layout (the same calendars until the layout is read again). */
  lines: Map<string, ServiceAtSite & { layout: RegionLayout }>;
}

/** A line's acceptance as last computed: accepting walk-ins from `from` until `until` (ms). */
interface AcceptingWindow {
  from: number;
  until: number;
}

/** When each line (as its layout holds it) accepts tickets without a new look at its calendars. */
const accepting = new WeakMap<ServiceAtSite, AcceptingWindow>();

/** How long a region's layout and calendar are reused: a config change or override shows within this. */
const LAYOUT_TTL_MS = 5_000;

/**
 * What the queue needs to know about a region (sites, agencies, counters, services, opening
 * calendars), read once and reused for a few seconds: issuing a ticket then costs one statement
 * instead of five lookups. Per process and short-lived, so several API instances stay correct.
 */
@Injectable()
export class QueueLayout {
  private readonly cache = new Map<string, Promise<RegionLayout>>();

  constructor(
    private readonly transactions: Transactions,
    private readonly deployments: DeploymentsRepository,
    private readonly regions: RegionsRepository,
    private readonly calendars: OpeningCalendars,
  ) {}

  async region(region: RegionCode, now = new Date()): Promise<RegionLayout> {
    const code = region.value;
    const cached = this.cache.get(code);
    if (cached) {
      const layout = await cached;
      if (now.getTime() - layout.loadedAt < LAYOUT_TTL_MS) return layout;
    }
    const loading = this.load(region, now);
    this.cache.set(code, loading);
    loading.catch(() => this.cache.delete(code));
    return loading;
  }

  /**
   * The layout of a region whose code was read back from our own rows (a ticket, an event):
   * valid by construction, so a malformed one is our bug, not the caller's 400.
   */
  storedRegion(code: string, now = new Date()): Promise<RegionLayout> {
    return this.region(RegionCode.parse(code, 'regionCode'), now);
  }

  private async load(code: RegionCode, now: Date): Promise<RegionLayout> {
    const region = await this.regions.findByCode(code);
    if (!region) throw new NotFoundError('REGION_NOT_FOUND', `No kabupaten/kota has the code ${code}`, 'regionCode');
    const state = await this.transactions.run((tx) => this.deployments.loadState(code.value, tx));
    if (!state.region)
      throw new NotFoundError('DEPLOYMENT_NOT_FOUND', `Kabupaten/kota ${code} has no MPP deployed on this platform yet`, 'regionCode');
    const offset = timeZoneOfProvince(ProvinceCode.parse(region.province.code)).utcOffsetHours;
    return {
      region: code,
      regionCode: code.value,
      utcOffsetHours: offset,
      state,
      calendarOf: await this.calendars.forRegion(code.value, offset, now),
      loadedAt: now.getTime(),
      lines: new Map(),
    };
  }

  /** An active service offered at an active site, with its calendars; 404 with the field that is wrong. */
  async line(
    regionCode: RegionCode,
    siteCode: string,
    agencyCode: string,
    serviceCode: string,
    now = new Date(),
  ): Promise<ServiceAtSite & { layout: RegionLayout }> {
    const layout = await this.region(regionCode, now);
    // The same line of the same layout is the same answer: its calendars are built once per layout, not per ticket.
    const key = `${siteCode}/${agencyCode}/${serviceCode}`;
    const known = layout.lines.get(key);
    if (known) return known;
    const site = layout.state.sites.get(siteCode);
    if (!site?.active) throw new NotFoundError('SITE_NOT_FOUND', `No active site ${siteCode} in ${layout.regionCode}`, 'siteCode');
    const agency = layout.state.agencies.get(agencyCode);
    if (!agency?.active || !agency.value.sites.includes(siteCode)) {
      throw new NotFoundError('AGENCY_NOT_FOUND', `No active agency ${agencyCode} at site ${siteCode}`, 'agencyCode');
    }
    const service = layout.state.services.get(`${agencyCode}/${serviceCode}`);
    if (!service?.active) throw new NotFoundError('SERVICE_NOT_FOUND', `No active service ${agencyCode}/${serviceCode}`, 'serviceCode');
    const line = {
      layout,
      regionCode: layout.regionCode,
      site: site.value,
      agencyCode,
      agencyName: agency.value.name,
      serviceCode,
      record: service.value,
      calendars: layout.calendarOf(site.value, { agencyCode, serviceCode, record: service.value }),
    };
    layout.lines.set(key, line);
    return line;
  }

  /** Active services of an agency, in file order. */
  agencyServices(layout: RegionLayout, agencyCode: string): { serviceCode: string; record: ServiceRecord }[] {
    return [...layout.state.services]
      .filter(([key, service]) => key.startsWith(`${agencyCode}/`) && service.active)
      .map(([key, service]) => ({ serviceCode: key.slice(agencyCode.length + 1), record: service.value }));
  }

  counterName(layout: RegionLayout, agencyCode: string, counterCode: string): string | undefined {
    const counter = layout.state.counters.get(`${agencyCode}/${counterCode}`);
    return counter?.active ? counter.value.name : undefined;
  }
}

/** Refuses a walk-in ticket when the mall or the service is closed, or past the ticket cut-off. */
export function assertAcceptingTickets(line: ServiceAtSite, now: Date): void {
  if (line.record.queue.mode === 'booking') {
    throw new ConflictError('WALK_IN_NOT_OFFERED', `${line.serviceCode} is served by booking only; book a slot`, 'serviceCode');
  }
  // While the same calendars said "accepting until T", every moment before T is accepting too
  // (the same opening period of the same day, before its cut-off): the calendars are read once per period.
  const at = now.getTime();
  const window = accepting.get(line);
  if (window && window.from <= at && at < window.until) return;
  const status = openingStatus(line.calendars.siteCal, now, line.calendars.serviceCal);
  if (status.acceptingTickets) {
    if (status.ticketsUntil) accepting.set(line, { from: at, until: status.ticketsUntil.getTime() });
    return;
  }
  const next = status.nextOpening ? `; next opening ${status.nextOpening.toISOString()}` : '';
  const berikut = status.nextOpening ? `; buka lagi ${status.nextOpening.toISOString()}` : '';
  if (status.open)
    throw new ConflictError(
      'TICKETS_CLOSED',
      `tickets for today are no longer issued (cut-off passed)${next}`,
      'serviceCode',
      `nomor antrean hari ini tidak lagi diberikan (lewat batas waktu)${berikut}`,
    );
  const why = status.closedLabel ?? status.closedReason;
  throw new ConflictError('SERVICE_CLOSED', `closed now (${why})${next}`, 'serviceCode', `tutup sekarang (${why})${berikut}`);
}
