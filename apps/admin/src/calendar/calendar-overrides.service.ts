import { Injectable } from '@nestjs/common';

import {
  actorOf,
  canReach,
  ForbiddenError,
  InvalidValueError,
  isCalendarDate,
  NotFoundError,
  RegionCode,
  todayInRegion,
} from '@mpp/domain';
import { type CalendarOverrideRow, CalendarOverridesRepository, DeployedUnitsRepository, Transactions } from '@mpp/persistence';
import { type ActingRequest, AuditLog, newId } from '@mpp/platform';

import type { CalendarOverrideDto, CalendarOverrideListDto, CreateCalendarOverrideRequest } from './calendar-override.dto';

const invalid = (path: string, message: string) => new InvalidValueError('VALIDATION_FAILED', message, path);

/** Temporary changes to a site's or a service's opening times, each one audited. */
@Injectable()
export class CalendarOverridesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly overrides: CalendarOverridesRepository,
    private readonly units: DeployedUnitsRepository,
    private readonly audit: AuditLog,
  ) {}

  async create(region: RegionCode, body: CreateCalendarOverrideRequest, request: ActingRequest): Promise<CalendarOverrideDto> {
    const principal = request.principal;
    if ((body.agencyCode === undefined) !== (body.serviceCode === undefined))
      throw invalid('serviceCode', 'agencyCode and serviceCode go together');
    // Agency staff change their own agency's services, never a whole site.
    if (principal.kind === 'staff' && principal.agencyCode && !body.agencyCode)
      throw new ForbiddenError('OUT_OF_SCOPE', 'Agency staff may change the hours of their own services only');
    if (!canReach(principal, { regionCode: region.value, agencyCode: body.agencyCode }))
      throw new ForbiddenError('OUT_OF_SCOPE', 'This is outside the agency you may act on');
    if (!isCalendarDate(body.date)) throw invalid('date', 'is not a real date');
    if (body.date < todayInRegion(region)) throw invalid('date', 'is in the past');
    const hours = body.hours ?? [];
    if (hours.some((range) => range.from >= range.to)) throw invalid('hours', 'each range ends after it starts');
    if (body.kind === 'open' && hours.length === 0) throw invalid('hours', 'an extra opening needs its hours');
    if (body.kind === 'closed' && hours.length > 1) throw invalid('hours', 'a closure takes one range, or none for the whole day');
    await this.assertExists(region, body);

    const row: Omit<CalendarOverrideRow, 'createdAt' | 'cancelledAt'> = {
      id: newId(),
      regionCode: region.value,
      siteCode: body.siteCode,
      agencyCode: body.agencyCode ?? null,
      serviceCode: body.serviceCode ?? null,
      date: body.date,
      kind: body.kind,
      hours: hours.length > 0 ? hours : null,
      reason: body.reason,
      createdBy: actorOf(principal).actorId,
    };
    await this.transactions.run(async (tx) => {
      await this.overrides.insert(row, tx);
      await this.audit.record(
        {
          action: 'calendar.override_create',
          outcome: 'success',
          principal,
          regionCode: region.value,
          target: { type: 'calendar-override', id: row.id },
          requestId: request.requestId,
          details: { date: row.date, kind: row.kind, site: row.siteCode, service: row.serviceCode },
        },
        tx,
      );
    });
    return toDto((await this.overrides.findById(region.value, row.id)) as CalendarOverrideRow);
  }

  async list(region: RegionCode): Promise<CalendarOverrideListDto> {
    return { items: (await this.overrides.upcoming(region.value, todayInRegion(region))).map(toDto) };
  }

  async cancel(region: RegionCode, id: string, request: ActingRequest): Promise<CalendarOverrideDto> {
    const principal = request.principal;
    const existing = /^[0-9a-f-]{36}$/.test(id) ? await this.overrides.findById(region.value, id) : undefined;
    if (!existing || !canReach(principal, { regionCode: region.value, agencyCode: existing.agencyCode ?? undefined })) {
      throw new NotFoundError('CALENDAR_OVERRIDE_NOT_FOUND', 'No calendar override with this id is visible to you', 'id');
    }
    if (principal.kind === 'staff' && principal.agencyCode && !existing.agencyCode)
      throw new ForbiddenError('OUT_OF_SCOPE', 'Agency staff may change the hours of their own services only');
    await this.transactions.run(async (tx) => {
      await this.overrides.cancel(region.value, id, tx);
      await this.audit.record(
        {
          action: 'calendar.override_cancel',
          outcome: 'success',
          principal,
          regionCode: region.value,
          target: { type: 'calendar-override', id },
          requestId: request.requestId,
        },
        tx,
      );
    });
    return toDto((await this.overrides.findById(region.value, id)) as CalendarOverrideRow);
  }

  private async assertExists(regionCode: RegionCode, body: CreateCalendarOverrideRequest): Promise<void> {
    if (!(await this.units.hasSite(regionCode.value, body.siteCode)))
      throw new NotFoundError('SITE_NOT_FOUND', `No active site ${body.siteCode} in ${regionCode}`, 'siteCode');
    if (body.agencyCode && body.serviceCode) {
      if (!(await this.units.hasService(regionCode.value, body.agencyCode, body.serviceCode)))
        throw new NotFoundError(
          'SERVICE_NOT_FOUND',
          `No active service ${body.agencyCode}/${body.serviceCode} in ${regionCode}`,
          'serviceCode',
        );
    }
  }
}

function toDto(row: CalendarOverrideRow): CalendarOverrideDto {
  return { ...row, createdAt: row.createdAt.toISOString(), cancelledAt: row.cancelledAt?.toISOString() ?? null };
}
