import { randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  actsForAgency,
  type ApplicationAction,
  type ApplicationStatus,
  type ApplicationStatusData,
  assertNoteGiven,
  canReach,
  completionWorkingDays,
  ConflictError,
  ForbiddenError,
  InvalidValueError,
  isFinalApplicationStatus,
  newTrackingCode,
  nextApplicationStatus,
  Nik,
  NotFoundError,
  PhoneNumber,
  type Principal,
  type RegionCode,
  serviceDateAt,
  slaClockRuns,
  slaPosition,
  slaSegments,
  webhookEnvelope,
} from '@mpp/domain';
import {
  type ApplicationChannel,
  type ApplicationEventRow,
  type ApplicationRow,
  ApplicationsRepository,
  CountersRepository,
  type OutboxEvent,
  type RequirementCheck,
  TicketsRepository,
} from '@mpp/persistence';
import { NikCipher } from '@mpp/platform';

import { QueueLayout, type RegionLayout } from '../queue/queue-layout.service';
import type { ApplicantDetailsDto } from './application-requests.dto';
import { WorkingCalendars } from './working-calendars';

export type Actor = { type: 'applicant' } | { type: 'staff' | 'api-key'; principal: Principal };

export interface NewApplicationInput extends ApplicantDetailsDto {
  agencyCode: string;
  serviceCode: string;
  channel: ApplicationChannel;
  draft?: boolean;
  siteCode?: string;
  ticketId?: string;
}

/**
 * Makes applications and moves them through their lifecycle. Each move is checked by the
 * domain's state machine, recomputes the working-day due date from the whole history, and is
 * written with its event in one conditional statement, so two moves at once cannot both win.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly layouts: QueueLayout,
    private readonly applications: ApplicationsRepository,
    private readonly tickets: TicketsRepository,
    private readonly counters: CountersRepository,
    private readonly calendars: WorkingCalendars,
    private readonly nikCipher: NikCipher,
  ) {}

  async create(regionCode: RegionCode, input: NewApplicationInput, actor: Actor, now = new Date()): Promise<ApplicationRow> {
    const nik = Nik.parse(input.applicant.nik.replace(/\s/g, ''), 'applicant.nik').value;
    const phone = PhoneNumber.parse(input.applicant.phone, 'applicant.phone').value;
    const layout = await this.layouts.region(regionCode, now);
    const agency = layout.state.agencies.get(input.agencyCode);
    if (!agency?.active) throw new NotFoundError('AGENCY_NOT_FOUND', `No active agency ${input.agencyCode}`, 'agencyCode');
    const service = layout.state.services.get(`${input.agencyCode}/${input.serviceCode}`);
    if (!service?.active)
      throw new NotFoundError('SERVICE_NOT_FOUND', `No active service ${input.agencyCode}/${input.serviceCode}`, 'serviceCode');
    // A key bound to an agency files for that agency only.
    if (actor.type !== 'applicant' && !canReach(actor.principal, { regionCode: layout.regionCode, agencyCode: input.agencyCode }))
      throw new ForbiddenError('OUT_OF_SCOPE', 'This key acts for another agency', 'agencyCode', 'bukan instansi Anda');
    const siteCode = input.siteCode ?? agency.value.sites[0];
    const status: ApplicationStatus = input.draft ? 'draft' : 'submitted';
    const today = serviceDateAt(now, layout.utcOffsetHours);
    const days = completionWorkingDays(service.value.standard.completionTime);
    const due =
      status === 'submitted'
        ? slaPosition(await this.calendars.forService(layout, { ...input, siteCode }, today), days, [{ from: today }], today)
        : undefined;
    const sealed = this.nikCipher.seal(nik);
    const requirements: RequirementCheck[] = service.value.standard.requirements.map((requirement) => ({
      name: requirement.name,
      mandatory: requirement.mandatory,
      checked: false,
    }));
    // 50 random bits make a clash unlikely; the unique key makes it harmless: draw again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = randomUUID();
      const trackingCode = newTrackingCode(randomBytes);
      const report = statusEvent(now, {
        applicationId: id,
        trackingCode,
        regionCode: layout.regionCode,
        agencyCode: input.agencyCode,
        serviceCode: input.serviceCode,
        action: 'create',
        previousStatus: null,
        status,
        dueDate: due?.dueDate ?? null,
      });
      const created = await this.applications.create(
        {
          regionCode: layout.regionCode,
          id,
          trackingCode,
          siteCode,
          agencyCode: input.agencyCode,
          serviceCode: input.serviceCode,
          channel: input.channel,
          ticketId: input.ticketId,
          apiKeyId: actor.type === 'api-key' && actor.principal.kind === 'api-key' ? actor.principal.keyId : undefined,
          status,
          applicantName: input.applicant.name.trim(),
          applicantPhone: phone,
          applicantEmail: input.applicant.email?.trim().toLowerCase(),
          nik: sealed,
          requirements,
          notes: input.notes?.trim() || undefined,
          completionWorkingDays: days,
          dueDate: due?.dueDate,
          dueSoonFrom: due?.dueSoonFrom,
        },
        { action: 'create', at: now, serviceDate: today, ...actorFields(actor), note: null },
        [report],
      );
      if (created) return created;
    }
    throw new Error('could not draw a free tracking code in 5 attempts');
  }

  /** At the counter: an application for the service of the ticket the counter is serving now. */
  async createAtCounter(
    regionCode: RegionCode,
    agencyCode: string,
    counterCode: string,
    input: ApplicantDetailsDto,
    principal: Principal,
  ): Promise<ApplicationRow> {
    const layout = await this.layouts.region(regionCode);
    if (!canReach(principal, { regionCode: layout.regionCode, agencyCode }))
      throw new ForbiddenError('OUT_OF_SCOPE', 'This counter belongs to an agency you do not act for');
    if (principal.kind === 'staff' && principal.counterCode && principal.counterCode !== counterCode)
      throw new ForbiddenError('OUT_OF_SCOPE', `You are assigned to counter ${principal.counterCode}`);
    const counter = await this.counters.state({ regionCode: layout.regionCode, agencyCode, counterCode });
    const ticket = counter?.currentTicketId ? await this.tickets.find(layout.regionCode, counter.currentTicketId) : undefined;
    if (!ticket || ticket.status !== 'serving')
      throw new ConflictError('NO_CURRENT_TICKET', 'this counter is not serving a ticket; start serving one first', 'counterCode');
    return this.create(
      regionCode,
      {
        ...input,
        agencyCode: ticket.agencyCode,
        serviceCode: ticket.serviceCode,
        channel: 'counter',
        siteCode: ticket.siteCode,
        ticketId: ticket.id,
      },
      { type: 'staff', principal },
    );
  }

  /** A move by the applicant, who proves it with the phone number; a wrong number looks like no application. */
  async applicantMove(regionCode: RegionCode, trackingCode: string, phoneInput: string, action: ApplicationAction, note?: string) {
    const layout = await this.layouts.region(regionCode);
    const row = await this.applications.findByTrackingCode(layout.regionCode, trackingCode);
    if (!row || row.applicantPhone !== PhoneNumber.parse(phoneInput).value) throw notFound('trackingCode');
    return this.move(layout, row, action, { type: 'applicant' }, note);
  }

  async staffMove(regionCode: RegionCode, id: string, principal: Principal, action: ApplicationAction, note?: string, checked?: string[]) {
    const layout = await this.layouts.region(regionCode);
    const row = await this.applications.find(layout.regionCode, id);
    // Another agency's application answers as if it did not exist: its id says nothing.
    if (!row || !canReach(principal, { regionCode: row.regionCode, agencyCode: row.agencyCode })) throw notFound('id');
    if (!actsForAgency(principal))
      throw new ForbiddenError(
        'OUT_OF_SCOPE',
        'Only a key bound to the agency processes its applications',
        'X-API-Key',
        'API key tidak terikat pada instansi',
      );
    const requirements =
      checked && row.requirements.map((requirement) => ({ ...requirement, checked: checked.includes(requirement.name) }));
    const unknown = checked?.filter((name) => !row.requirements.some((requirement) => requirement.name === name));
    if (unknown?.length)
      throw new InvalidValueError(
        'REQUIREMENT_UNKNOWN',
        `not a requirement of this service: ${unknown.join(', ')}`,
        'checked',
        'persyaratan tidak dikenal',
      );
    return this.move(layout, row, action, { type: principal.kind === 'staff' ? 'staff' : 'api-key', principal }, note, requirements);
  }

  private async move(
    layout: RegionLayout,
    row: ApplicationRow,
    action: ApplicationAction,
    actor: Actor,
    note?: string,
    requirements?: RequirementCheck[],
  ): Promise<{ row: ApplicationRow; events: ApplicationEventRow[] }> {
    const to = nextApplicationStatus(row.status, action);
    assertNoteGiven(action, note);
    const now = new Date();
    const today = serviceDateAt(now, layout.utcOffsetHours);
    const history = await this.applications.events(layout.regionCode, row.id);
    const segments = slaSegments([...history, { fromStatus: row.status, toStatus: to, serviceDate: today }], (status) =>
      slaClockRuns(status as ApplicationStatus),
    );
    let due: { dueDate: string | null; dueSoonFrom: string | null } = { dueDate: null, dueSoonFrom: null };
    if (slaClockRuns(to)) {
      const calendar = await this.calendars.forService(layout, row, segments[0].from);
      const position = slaPosition(calendar, row.completionWorkingDays, segments, today);
      due = { dueDate: position.dueDate ?? null, dueSoonFrom: position.dueSoonFrom ?? null };
    } else if (isFinalApplicationStatus(to)) {
      // Kept for the record: whether it was finished on time.
      due = { dueDate: row.dueDate, dueSoonFrom: row.dueSoonFrom };
    }
    const event = { action, at: now, serviceDate: today, ...actorFields(actor), note: note?.trim() || null };
    const moved = await this.applications.move(
      layout.regionCode,
      row.id,
      {
        from: row.status,
        readAt: row.updatedAt,
        to,
        requirements,
        ...due,
        submitted: to === 'submitted',
        finished: isFinalApplicationStatus(to),
        event,
      },
      [
        statusEvent(now, {
          applicationId: row.id,
          trackingCode: row.trackingCode,
          regionCode: row.regionCode,
          agencyCode: row.agencyCode,
          serviceCode: row.serviceCode,
          action,
          previousStatus: row.status,
          status: to,
          dueDate: due.dueDate,
        }),
      ],
    );
    if (!moved)
      throw new ConflictError('APPLICATION_STATE_CONFLICT', 'the application changed meanwhile; reload it and try again', 'action');
    return { row: moved, events: [...history, { ...event, fromStatus: row.status, toStatus: to }] };
  }
}

/** The outbox row reporting a change of status: ids, codes and status only, never the applicant. */
function statusEvent(at: Date, data: ApplicationStatusData): OutboxEvent {
  return {
    id: randomUUID(),
    regionCode: data.regionCode,
    agencyCode: data.agencyCode,
    type: 'application.status_changed',
    payload: webhookEnvelope('application.status_changed', at, data),
  };
}

function actorFields(actor: Actor): Pick<ApplicationEventRow, 'actorType' | 'actorId'> {
  if (actor.type === 'applicant') return { actorType: 'applicant', actorId: null };
  return actor.principal.kind === 'staff'
    ? { actorType: 'staff', actorId: actor.principal.accountId }
    : { actorType: 'api-key', actorId: actor.principal.keyId };
}

export function notFound(path: string): NotFoundError {
  return new NotFoundError('APPLICATION_NOT_FOUND', 'no application has this code (and phone number) in this region', path);
}
