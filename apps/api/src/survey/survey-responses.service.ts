import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  ConflictError,
  InvalidValueError,
  NotFoundError,
  parseRespondentProfile,
  parseSurveyAnswers,
  parseTrackingCode,
  PROFILE_FIELDS,
  type RegionCode,
  serviceDateAt,
  SURVEY_ELEMENTS,
  surveyWording,
} from '@mpp/domain';
import { ApplicationsRepository, type NewSurveyResponse, SurveyRepository, TicketsRepository } from '@mpp/persistence';
import { type DevicePrincipal, NikCipher } from '@mpp/platform';

import { QueueLayout, type RegionLayout } from '../queue/queue-layout.service';
import type { SurveyFormQuery, SurveyResponseDto } from './survey-requests.dto';
import type { SurveyFormDto, SurveySubjectDto } from './survey-responses.dto';

interface Subject {
  kind: 'ticket' | 'application';
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  serviceDate: string;
  open: boolean;
  hash: string;
}

/**
 * Takes survey responses: one per finished ticket or completed application, or walk-ins from a
 * registered kiosk. A response keeps only a keyed hash of the visit it answers (see the
 * migration), so the agency reading the results cannot tell who gave them.
 */
@Injectable()
export class SurveyResponsesService {
  constructor(
    private readonly layouts: QueueLayout,
    private readonly surveys: SurveyRepository,
    private readonly tickets: TicketsRepository,
    private readonly applications: ApplicationsRepository,
    private readonly cipher: NikCipher,
  ) {}

  async form(regionCode: RegionCode, query: SurveyFormQuery): Promise<SurveyFormDto> {
    const layout = await this.layouts.region(regionCode);
    const subject = query.ticketId || query.trackingCode ? await this.subjectOf(layout, query) : undefined;
    const wording = surveyWording(layout.state.region?.feedback.survey.questions);
    return {
      regionCode: layout.regionCode,
      questions: SURVEY_ELEMENTS.map((element) => ({
        element,
        question: wording[element].question,
        answers: wording[element].answers.map((label, index) => ({ value: index + 1, label })),
      })),
      profileOptions: PROFILE_FIELDS,
      subject: subject ? await this.subjectDto(layout, subject) : null,
    };
  }

  async submit(regionCode: RegionCode, body: SurveyResponseDto, device: DevicePrincipal | undefined, now = new Date()): Promise<number> {
    // Parse everything before reading anything: a bad answer is refused whatever the ticket.
    const answers = parseSurveyAnswers(body.answers);
    const profile = parseRespondentProfile({ ...body.profile });
    const layout = await this.layouts.region(regionCode, now);
    const response: NewSurveyResponse = {
      regionCode: layout.regionCode,
      id: randomUUID(),
      source: 'walk_in',
      siteCode: '',
      agencyCode: '',
      serviceCode: '',
      serviceDate: serviceDateAt(now, layout.utcOffsetHours),
      profile,
      suggestion: body.suggestion?.trim() || undefined,
      answers,
    };
    if (body.ticketId || body.trackingCode) {
      const subject = await this.subjectOf(layout, body);
      if (!subject.open) {
        throw new ConflictError(
          'SURVEY_NOT_OPEN',
          subject.kind === 'ticket' ? 'the survey opens when the ticket is finished' : 'the survey opens when the application is completed',
          subject.kind === 'ticket' ? 'ticketId' : 'trackingCode',
        );
      }
      Object.assign(response, { ...subject, source: subject.kind, subjectHash: subject.hash });
    } else {
      this.walkIn(layout, body, device, response);
    }
    if (!(await this.surveys.insert(response))) {
      throw new ConflictError('SURVEY_ALREADY_ANSWERED', 'this ticket or application already has its survey response', 'ticketId');
    }
    return Object.keys(answers).length;
  }

  /** A walk-in respondent answers only on a registered kiosk or tablet of the site, for a service of that site. */
  private walkIn(layout: RegionLayout, body: SurveyResponseDto, device: DevicePrincipal | undefined, response: NewSurveyResponse): void {
    if (!device) {
      throw new InvalidValueError(
        'SURVEY_SUBJECT_REQUIRED',
        'name the finished ticket (ticketId) or the completed application (trackingCode)',
        'ticketId',
      );
    }
    if (!body.agencyCode || !body.serviceCode) {
      throw new InvalidValueError(
        'SURVEY_SUBJECT_REQUIRED',
        'a walk-in response names the agency and the service used',
        body.agencyCode ? 'serviceCode' : 'agencyCode',
      );
    }
    const service = layout.state.services.get(`${body.agencyCode}/${body.serviceCode}`);
    const agency = layout.state.agencies.get(body.agencyCode);
    if (!agency?.active || !agency.value.sites.includes(device.siteCode)) {
      throw new NotFoundError('AGENCY_NOT_FOUND', `No active agency ${body.agencyCode} at this site`, 'agencyCode');
    }
    if (!service?.active)
      throw new NotFoundError('SERVICE_NOT_FOUND', `No active service ${body.agencyCode}/${body.serviceCode}`, 'serviceCode');
    Object.assign(response, { siteCode: device.siteCode, agencyCode: body.agencyCode, serviceCode: body.serviceCode, deviceId: device.id });
  }

  private async subjectOf(layout: RegionLayout, ref: { ticketId?: string; trackingCode?: string }): Promise<Subject> {
    if (ref.ticketId && ref.trackingCode) {
      throw new InvalidValueError('SURVEY_SUBJECT_AMBIGUOUS', 'name either a ticket or an application, not both', 'trackingCode');
    }
    if (ref.ticketId) {
      const ticket = await this.tickets.find(layout.regionCode, ref.ticketId);
      if (!ticket) throw new NotFoundError('TICKET_NOT_FOUND', 'No ticket with this id in this region', 'ticketId');
      return {
        kind: 'ticket',
        siteCode: ticket.siteCode,
        agencyCode: ticket.agencyCode,
        serviceCode: ticket.serviceCode,
        serviceDate: ticket.serviceDate,
        open: ticket.status === 'done',
        // Domain-separated from NIK indexes: the same key, another purpose.
        hash: this.cipher.blindIndex(`survey:ticket:${ticket.id}`),
      };
    }
    const code = parseTrackingCode(ref.trackingCode as string);
    const application = await this.applications.findByTrackingCode(layout.regionCode, code);
    if (!application) throw new NotFoundError('APPLICATION_NOT_FOUND', 'no application has this code in this region', 'trackingCode');
    return {
      kind: 'application',
      siteCode: application.siteCode,
      agencyCode: application.agencyCode,
      serviceCode: application.serviceCode,
      serviceDate: serviceDateAt(application.finishedAt ?? new Date(), layout.utcOffsetHours),
      open: application.status === 'completed',
      hash: this.cipher.blindIndex(`survey:application:${application.id}`),
    };
  }

  private async subjectDto(layout: RegionLayout, subject: Subject): Promise<SurveySubjectDto> {
    const service = layout.state.services.get(`${subject.agencyCode}/${subject.serviceCode}`);
    return {
      kind: subject.kind,
      agencyCode: subject.agencyCode,
      serviceCode: subject.serviceCode,
      serviceName: service?.value.name ?? subject.serviceCode,
      open: subject.open,
      answered: await this.surveys.answered(layout.regionCode, subject.hash),
    };
  }
}
