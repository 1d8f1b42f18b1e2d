import type { PriorityGroup, TicketStatus } from '@mpp/domain';

export type TicketChannel = 'kiosk' | 'online' | 'booking' | 'counter' | 'integrator';

export interface TicketRow {
  regionCode: string;
  id: string;
  siteCode: string;
  serviceDate: string;
  prefix: string;
  sequence: number;
  linePrefix: string;
  agencyCode: string;
  serviceCode: string;
  channel: TicketChannel;
  priority: PriorityGroup | null;
  bookingId: string | null;
  slotStart: Date | null;
  phone: string | null;
  status: TicketStatus;
  arrivedAt: Date;
  queuedAt: Date;
  calledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  counterCode: string | null;
  callCount: number;
  notifiedAt: Date | null;
}

export const TICKET_COLUMNS = `region_code AS "regionCode", id, site_code AS "siteCode", to_char(service_date, 'YYYY-MM-DD') AS "serviceDate",
  prefix, sequence, line_prefix AS "linePrefix", agency_code AS "agencyCode", service_code AS "serviceCode", channel, priority,
  booking_id AS "bookingId", slot_start AS "slotStart", phone, status, arrived_at AS "arrivedAt", queued_at AS "queuedAt",
  called_at AS "calledAt", started_at AS "startedAt", finished_at AS "finishedAt", counter_code AS "counterCode",
  call_count AS "callCount", notified_at AS "notifiedAt"`;
