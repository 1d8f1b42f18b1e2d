import { Injectable } from '@nestjs/common';

import {
  canReach,
  ForbiddenError,
  InvalidValueError,
  type PageRequest,
  parseTrackingCode,
  PhoneNumber,
  type Principal,
  type RegionCode,
  seesWholeNik,
  serviceDateAt,
} from '@mpp/domain';
import { type ApplicationRow, ApplicationsRepository } from '@mpp/persistence';
import { AuditLog, NikCipher } from '@mpp/platform';

import { QueueLayout, type RegionLayout } from '../queue/queue-layout.service';
import type { ApplicationListQuery } from './application-requests.dto';
import type {
  ApplicantViewDto,
  ApplicationDto,
  ApplicationPageDto,
  ApplicationTrackingDto,
  OverdueCountsDto,
} from './application-responses.dto';
import { applicantView, staffView, summaryView, trackingView } from './application-view';
import { notFound } from './applications.service';

/**
 * What each reader may see of applications: the public a tracking page without personal data,
 * the applicant (with the phone number) the notes and history, the agency the file, with the NIK
 * whole only for its counter staff and supervisors, every such reading audited.
 */
@Injectable()
export class ApplicationReadsService {
  constructor(
    private readonly layouts: QueueLayout,
    private readonly applications: ApplicationsRepository,
    private readonly nikCipher: NikCipher,
    private readonly audit: AuditLog,
  ) {}

  async track(regionCode: RegionCode, rawCode: string): Promise<ApplicationTrackingDto> {
    const { layout, row } = await this.byCode(regionCode, rawCode);
    return trackingView(row, layout, this.today(layout));
  }

  async forApplicant(regionCode: RegionCode, rawCode: string, phone: string): Promise<ApplicantViewDto> {
    const { layout, row } = await this.byCode(regionCode, rawCode);
    if (row.applicantPhone !== PhoneNumber.parse(phone).value) throw notFound('trackingCode');
    return applicantView(row, await this.applications.events(layout.regionCode, row.id), layout, this.today(layout));
  }

  async applicantViewOf(regionCode: RegionCode, row: ApplicationRow): Promise<ApplicantViewDto> {
    const layout = await this.layouts.region(regionCode);
    return applicantView(row, await this.applications.events(layout.regionCode, row.id), layout, this.today(layout));
  }

  async list(
    regionCode: RegionCode,
    agencyCode: string,
    query: ApplicationListQuery,
    page: PageRequest,
    principal: Principal,
  ): Promise<ApplicationPageDto> {
    const layout = await this.layouts.region(regionCode);
    if (!canReach(principal, { regionCode: layout.regionCode, agencyCode }))
      throw new ForbiddenError('OUT_OF_SCOPE', 'This agency is not one you act for');
    if (query.from && query.to && query.from > query.to)
      throw new InvalidValueError('DATE_RANGE_INVALID', 'from must not be after to', 'from');
    const offsetMs = layout.utcOffsetHours * 3_600_000;
    const dayStart = (date: string, plus = 0) => new Date(Date.parse(`${date}T00:00:00Z`) - offsetMs + plus * 86_400_000);
    const today = this.today(layout);
    const result = await this.applications.list(
      {
        regionCode: layout.regionCode,
        agencyCode,
        status: query.status,
        sla: query.sla,
        today,
        createdFrom: query.from ? dayStart(query.from) : undefined,
        createdBefore: query.to ? dayStart(query.to, 1) : undefined,
      },
      page,
    );
    const agency = principal.kind === 'staff' && principal.agencyCode === agencyCode;
    return {
      items: result.items.map((row) => summaryView(row, layout, today, agency)),
      page: page.page,
      pageSize: page.pageSize,
      total: result.total,
      totalPages: Math.ceil(result.total / page.pageSize),
    };
  }

  async detail(regionCode: RegionCode, id: string, principal: Principal, requestId: string): Promise<ApplicationDto> {
    const layout = await this.layouts.region(regionCode);
    const row = await this.applications.find(layout.regionCode, id);
    if (!row || !canReach(principal, { regionCode: row.regionCode, agencyCode: row.agencyCode })) throw notFound('id');
    return this.staffDto(layout, row, principal, requestId);
  }

  /** The agency's view; opening the NIK whole is recorded in the audit trail before it is shown. */
  async staffDto(layout: RegionLayout, row: ApplicationRow, principal: Principal, requestId: string): Promise<ApplicationDto> {
    const agency = principal.kind === 'staff' && principal.agencyCode === row.agencyCode;
    let nik: string | undefined;
    if (agency && seesWholeNik(principal)) {
      await this.audit.record({
        action: 'application.nik.read',
        outcome: 'success',
        principal,
        regionCode: row.regionCode,
        target: { type: 'application', id: row.id },
        requestId,
      });
      nik = this.nikCipher.open(row.nikEncrypted);
    }
    const events = await this.applications.events(layout.regionCode, row.id);
    return staffView(row, events, layout, this.today(layout), { agency, nik });
  }

  async overdueCounts(regionCode: RegionCode, principal: Principal): Promise<OverdueCountsDto> {
    const layout = await this.layouts.region(regionCode);
    const today = this.today(layout);
    // Agency staff and keys bound to an agency see their own agency's count; region admins and region keys every agency.
    const agencyCode = principal.agencyCode;
    return { date: today, items: await this.applications.overdueCounts(layout.regionCode, today, agencyCode) };
  }

  private async byCode(regionCode: RegionCode, rawCode: string): Promise<{ layout: RegionLayout; row: ApplicationRow }> {
    const code = parseTrackingCode(rawCode);
    const layout = await this.layouts.region(regionCode);
    const row = await this.applications.findByTrackingCode(layout.regionCode, code);
    if (!row) throw notFound('trackingCode');
    return { layout, row };
  }

  private today(layout: RegionLayout): string {
    return serviceDateAt(new Date(), layout.utcOffsetHours);
  }
}
