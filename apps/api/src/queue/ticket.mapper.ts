import { formatTicketNumber } from '@mpp/domain';
import type { TicketRow } from '@mpp/persistence';

import { ticketSurveyLink } from '../survey/survey-links';
import type { TicketDto } from './ticket.dto';

/** A ticket as its page, the kiosk and the counter show it: never the phone number, only whether one was left. */
export function ticketDto(
  row: TicketRow,
  extra: { counterName?: string; position?: number | null; estimatedWaitMinutes?: number | null } = {},
): TicketDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    siteCode: row.siteCode,
    number: formatTicketNumber(row.prefix, row.sequence),
    serviceDate: row.serviceDate,
    agencyCode: row.agencyCode,
    serviceCode: row.serviceCode,
    status: row.status,
    channel: row.channel,
    priority: row.priority,
    arrivedAt: row.arrivedAt.toISOString(),
    slotStart: row.slotStart ? row.slotStart.toISOString() : null,
    calledAt: row.calledAt ? row.calledAt.toISOString() : null,
    counter: row.counterCode ? { code: row.counterCode, name: extra.counterName ?? row.counterCode } : null,
    notice: row.phone !== null,
    position: extra.position ?? null,
    estimatedWaitMinutes: extra.estimatedWaitMinutes ?? null,
    survey: ticketSurveyLink(row.regionCode, row.id, row.status),
  };
}
