import { randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { DEFAULT_FEEDBACK_SETTINGS } from '@mpp/deployment';
import {
  AGENCY_ACTIONS,
  type ComplaintAction,
  complaintDeadlines,
  ConflictError,
  DESK_ACTIONS,
  ForbiddenError,
  InvalidValueError,
  LimitReachedError,
  newTrackingCode,
  nextComplaintStatus,
  Nik,
  NotFoundError,
  parseTrackingCode,
  PhoneNumber,
  type Principal,
  type RegionCode,
  serviceDateAt,
} from '@mpp/domain';
import {
  type ComplaintChannel,
  type ComplaintEventRow,
  ComplaintForwardingRepository,
  type ComplaintRow,
  ComplaintsRepository,
} from '@mpp/persistence';
import { NikCipher } from '@mpp/platform';

import { WorkingCalendars } from '../applications/working-calendars';
import { QueueLayout } from '../queue/queue-layout.service';
import type { FileComplaintDto } from './complaint-requests.dto';

export type ComplaintActor = { type: 'citizen' } | { type: 'staff' | 'api-key'; principal: Principal };

/** Abuse limit on public filing: complaints per phone number and region in a day (per IP: the global public rate limit). */
const PER_PHONE_PER_DAY = 5;

/**
 * Files complaints and moves them through their lifecycle. Deadlines are counted once, when the
 * complaint is received, in the region's working days with the deployment's numbers; each move
 * is checked by the domain and written with its event (the complaint's audit trail).
 */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly layouts: QueueLayout,
    private readonly complaints: ComplaintsRepository,
    private readonly forwarding: ComplaintForwardingRepository,
    private readonly calendars: WorkingCalendars,
    private readonly cipher: NikCipher,
  ) {}

  async file(
    regionCode: RegionCode,
    input: FileComplaintDto,
    channel: ComplaintChannel,
    actor: ComplaintActor,
    now = new Date(),
  ): Promise<ComplaintRow> {
    const phone = PhoneNumber.parse(input.reporter.phone, 'reporter.phone').value;
    const nik = input.reporter.nik ? Nik.parse(input.reporter.nik.replace(/\s/g, ''), 'reporter.nik').value : undefined;
    const layout = await this.layouts.region(regionCode, now);
    const agency = layout.state.agencies.get(input.agencyCode);
    if (!agency?.active) throw new NotFoundError('AGENCY_NOT_FOUND', `No active agency ${input.agencyCode}`, 'agencyCode');
    if (input.serviceCode && !layout.state.services.get(`${input.agencyCode}/${input.serviceCode}`)?.active) {
      throw new NotFoundError('SERVICE_NOT_FOUND', `No active service ${input.agencyCode}/${input.serviceCode}`, 'serviceCode');
    }
    const today = serviceDateAt(now, layout.utcOffsetHours);
    if (input.incidentDate > today)
      throw new InvalidValueError('INCIDENT_DATE_INVALID', 'the incident cannot be in the future', 'incidentDate');
    if (channel === 'web' || channel === 'kiosk') {
      const recent = await this.complaints.countRecentByPhone(layout.regionCode, phone, new Date(now.getTime() - 86_400_000));
      if (recent >= PER_PHONE_PER_DAY) {
        throw new LimitReachedError('COMPLAINT_LIMIT_REACHED', `at most ${PER_PHONE_PER_DAY} complaints a day from one phone number`);
      }
    }
    const siteCode = input.siteCode ?? agency.value.sites[0];
    const settings = layout.state.region?.feedback.complaints ?? DEFAULT_FEEDBACK_SETTINGS.complaints;
    const calendar = await this.calendars.forService(
      layout,
      { siteCode, agencyCode: input.agencyCode, serviceCode: input.serviceCode ?? '' },
      today,
    );
    const deadlines = complaintDeadlines(calendar, today, settings);
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = randomUUID();
      const created = await this.complaints.create(
        {
          regionCode: layout.regionCode,
          id,
          trackingCode: newTrackingCode(randomBytes),
          channel,
          siteCode,
          agencyCode: input.agencyCode,
          serviceCode: input.serviceCode,
          category: input.category,
          title: input.title.trim(),
          account: input.account.trim(),
          incidentDate: input.incidentDate,
          incidentPlace: input.incidentPlace.trim(),
          anonymous: input.anonymous ?? false,
          secret: input.secret ?? false,
          reporterName: input.reporter.name.trim(),
          reporterPhone: phone,
          nik: nik ? this.cipher.seal(nik, id) : undefined,
          receivedOn: today,
          ...deadlines,
          apiKeyId: actor.type === 'api-key' && actor.principal.kind === 'api-key' ? actor.principal.keyId : undefined,
        },
        { at: now, ...actorColumns(actor), note: null },
        { forward: settings.forwardToLapor === 'all' },
      );
      if (created) return created;
    }
    throw new ConflictError('TRACKING_CODE_EXHAUSTED', 'could not draw a free tracking code; try again', 'trackingCode');
  }

  /** A move by the region's desk (verify, archive, assign, close) or the agency (answer). */
  async staffMove(regionCode: RegionCode, id: string, action: ComplaintAction, principal: Principal, note?: string, agencyCode?: string) {
    const layout = await this.layouts.region(regionCode);
    const row = await this.complaints.find(layout.regionCode, id);
    if (!row || !this.reaches(principal, row)) throw notFound('id');
    const desk = principal.kind === 'staff' && (principal.role === 'region_admin' || principal.role === 'national_admin');
    const allowed = desk ? DESK_ACTIONS : AGENCY_ACTIONS;
    if (!allowed.includes(action)) {
      throw new ForbiddenError('ROLE_NOT_ALLOWED', desk ? 'the agency answers a complaint' : 'the region’s complaint desk does this');
    }
    if (action === 'assign' && agencyCode && !layout.state.agencies.get(agencyCode)?.active) {
      throw new NotFoundError('AGENCY_NOT_FOUND', `No active agency ${agencyCode}`, 'agencyCode');
    }
    return this.move(row, action, { type: principal.kind === 'api-key' ? 'api-key' : 'staff', principal }, note, agencyCode);
  }

  /** Queues a complaint for SP4N-LAPOR! at the desk's choice; the forwarder delivers it. */
  async requestForwarding(regionCode: RegionCode, id: string, principal: Principal): Promise<ComplaintRow> {
    const layout = await this.layouts.region(regionCode);
    const row = await this.complaints.find(layout.regionCode, id);
    if (!row || !this.reaches(principal, row)) throw notFound('id');
    const mode = layout.state.region?.feedback.complaints.forwardToLapor ?? DEFAULT_FEEDBACK_SETTINGS.complaints.forwardToLapor;
    if (mode === 'none') throw new ConflictError('LAPOR_FORWARDING_OFF', 'this region does not forward complaints to SP4N-LAPOR!', 'id');
    await this.forwarding.request(row.regionCode, row.id, new Date(), principal.kind === 'staff' ? principal.accountId : principal.keyId);
    return (await this.complaints.find(row.regionCode, row.id)) as ComplaintRow;
  }

  /** A move by the reporter (reply or close), proved by the tracking code and the phone number. */
  async citizenMove(regionCode: RegionCode, rawCode: string, phone: string, action: 'reply' | 'close', note?: string) {
    const layout = await this.layouts.region(regionCode);
    const row = await this.byReporter(layout.region, rawCode, phone);
    return this.move(row, action, { type: 'citizen' }, note);
  }

  async byReporter(regionCode: RegionCode, rawCode: string, phone: string): Promise<ComplaintRow> {
    const row = await this.complaints.findByTrackingCode(regionCode.value, parseTrackingCode(rawCode));
    // The same answer for an unknown code and a wrong phone: the code alone proves nothing.
    if (!row || row.reporterPhone !== PhoneNumber.parse(phone, 'phone').value) throw notFound('trackingCode');
    return row;
  }

  reaches(principal: Principal, row: ComplaintRow): boolean {
    // A key bound to one agency is that agency's system: it reaches that agency's complaints only.
    if (principal.kind === 'api-key')
      return (
        (principal.regionCode === undefined || principal.regionCode === row.regionCode) &&
        (principal.agencyCode === undefined || principal.agencyCode === row.agencyCode)
      );
    if (principal.role === 'national_admin') return true;
    if (principal.regionCode !== row.regionCode) return false;
    return principal.role === 'region_admin' || principal.agencyCode === row.agencyCode;
  }

  private async move(row: ComplaintRow, action: ComplaintAction, actor: ComplaintActor, note?: string, agencyCode?: string) {
    const to = nextComplaintStatus(row.status, action, note);
    const event: ComplaintEventRow & { fromStatus: typeof row.status } = {
      action,
      fromStatus: row.status,
      toStatus: to,
      at: new Date(),
      ...actorColumns(actor),
      note: note?.trim() || null,
    };
    const moved = await this.complaints.move(row.regionCode, row.id, event, action === 'assign' ? agencyCode : undefined);
    if (!moved) throw new ConflictError('COMPLAINT_STATE_CONFLICT', 'the complaint changed meanwhile; reload it and try again', 'action');
    return moved;
  }
}

function actorColumns(actor: ComplaintActor): Pick<ComplaintEventRow, 'actorType' | 'actorId'> {
  if (actor.type === 'citizen') return { actorType: 'citizen', actorId: null };
  const principal = actor.principal;
  return { actorType: actor.type, actorId: principal.kind === 'api-key' ? principal.keyId : principal.accountId };
}

export function notFound(path: string): NotFoundError {
  return new NotFoundError('COMPLAINT_NOT_FOUND', 'no complaint has this code (and phone number) in this region', path);
}
