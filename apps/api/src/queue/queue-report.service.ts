import { Injectable } from '@nestjs/common';

import {
  canReach,
  datesOf,
  ForbiddenError,
  InvalidValueError,
  NotFoundError,
  type Principal,
  queueReportPeriod,
  type RegionCode,
  reportMinutes,
  serviceDateAt,
} from '@mpp/domain';
import { type QueueReportRow, type QueueReportScope, QueueReportsRepository } from '@mpp/persistence';

import { QueueLayout, type RegionLayout } from './queue-layout.service';
import type { QueueReportDto, QueueReportQuery, ReportFiguresDto } from './queue-report.dto';

const EMPTY: ReportFiguresDto = {
  tickets: 0,
  served: 0,
  noShows: 0,
  cancelled: 0,
  unfinished: 0,
  called: 0,
  meanWaitMinutes: null,
  p90WaitMinutes: null,
  meanServiceMinutes: null,
  p90ServiceMinutes: null,
};

/**
 * A region's queue report for a day or a range of days: tickets and what became of them, waits
 * and service times (mean and p90), by day, hour, site, agency, service and counter, read from
 * the tickets themselves so every breakdown adds up to the tickets (decision 0061).
 */
@Injectable()
export class QueueReportService {
  constructor(
    private readonly layouts: QueueLayout,
    private readonly reports: QueueReportsRepository,
  ) {}

  async report(regionCode: RegionCode, query: Omit<QueueReportQuery, 'format'>, principal: Principal): Promise<QueueReportDto> {
    const layout = await this.layouts.region(regionCode);
    const period = queueReportPeriod(query, serviceDateAt(new Date(), layout.utcOffsetHours));
    const scope: QueueReportScope = { ...this.scopeOf(layout, query, principal), from: period.from, to: period.to };
    const rows = await this.reports.report(scope);
    const of = (dimension: QueueReportRow['dimension']) => rows.filter((row) => row.dimension === dimension);
    const byDay = new Map(of('day').map((row) => [row.day, figures(row)]));
    const hours = of('hour');
    const firstHour = hours.at(0)?.hour ?? 0;
    const lastHour = hours.at(-1)?.hour ?? -1;
    const byHour = new Map(hours.map((row) => [row.hour, figures(row)]));
    return {
      scope: {
        regionCode: scope.regionCode,
        siteCode: scope.siteCode ?? null,
        agencyCode: scope.agencyCode ?? null,
        serviceCode: scope.serviceCode ?? null,
        counterCode: scope.counterCode ?? null,
      },
      period,
      totals: of('total').map(figures).at(0) ?? EMPTY,
      days: datesOf(period).map((date) => ({ date, ...(byDay.get(date) ?? EMPTY) })),
      hours: Array.from({ length: lastHour - firstHour + 1 }, (_, index) => firstHour + index).map((hour) => ({
        hour,
        ...(byHour.get(hour) ?? EMPTY),
      })),
      sites: of('site').map((row) => ({ siteCode: row.siteCode as string, ...figures(row) })),
      agencies: of('agency').map((row) => ({ agencyCode: row.agencyCode as string, ...figures(row) })),
      services: of('service').map((row) => ({
        agencyCode: row.agencyCode as string,
        serviceCode: row.serviceCode as string,
        ...figures(row),
      })),
      counters: of('counter').map((row) => ({ agencyCode: row.agencyCode as string, counterCode: row.counterCode, ...figures(row) })),
    };
  }

  private scopeOf(
    layout: RegionLayout,
    query: Omit<QueueReportQuery, 'format'>,
    principal: Principal,
  ): Omit<QueueReportScope, 'from' | 'to'> {
    const { state } = layout;
    for (const field of ['serviceCode', 'counterCode'] as const) {
      if (query[field] && !query.agencyCode) throw new InvalidValueError('VALIDATION_FAILED', `${field} needs agencyCode`, 'agencyCode');
    }
    if (query.siteCode && !state.sites.has(query.siteCode))
      throw new NotFoundError('SITE_NOT_FOUND', `No site ${query.siteCode}`, 'siteCode');
    if (query.agencyCode && !state.agencies.has(query.agencyCode))
      throw new NotFoundError('AGENCY_NOT_FOUND', `No agency ${query.agencyCode}`, 'agencyCode');
    if (query.serviceCode && !state.services.has(`${query.agencyCode}/${query.serviceCode}`))
      throw new NotFoundError('SERVICE_NOT_FOUND', `No service ${query.agencyCode}/${query.serviceCode}`, 'serviceCode');
    if (query.counterCode && !state.counters.has(`${query.agencyCode}/${query.counterCode}`))
      throw new NotFoundError('COUNTER_NOT_FOUND', `No counter ${query.agencyCode}/${query.counterCode}`, 'counterCode');
    let agencyCode = query.agencyCode;
    // Agency staff read their own agency's figures; asking for no agency means theirs.
    if (principal.kind === 'staff' && principal.agencyCode) {
      agencyCode ??= principal.agencyCode;
      if (!canReach(principal, { regionCode: layout.regionCode, agencyCode }))
        throw new ForbiddenError('OUT_OF_SCOPE', 'You see the figures of your own agency');
    }
    return {
      regionCode: layout.regionCode,
      utcOffsetHours: layout.utcOffsetHours,
      siteCode: query.siteCode,
      agencyCode,
      serviceCode: query.serviceCode,
      counterCode: query.counterCode,
    };
  }
}

function figures(row: QueueReportRow): ReportFiguresDto {
  return {
    tickets: row.tickets,
    served: row.served,
    noShows: row.noShows,
    cancelled: row.cancelled,
    unfinished: row.unfinished,
    called: row.called,
    meanWaitMinutes: reportMinutes(row.meanWaitSeconds),
    p90WaitMinutes: reportMinutes(row.p90WaitSeconds),
    meanServiceMinutes: reportMinutes(row.meanServiceSeconds),
    p90ServiceMinutes: reportMinutes(row.p90ServiceSeconds),
  };
}
