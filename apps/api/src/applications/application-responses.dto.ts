import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { APPLICATION_STATUSES } from '@mpp/domain';
import { PageOf } from '@mpp/platform';

const SLA_FLAGS = ['on_track', 'due_soon', 'overdue', 'paused', 'finished'];

export class ApplicationServiceDto {
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'Dinas Kependudukan dan Pencatatan Sipil' }) agencyName!: string;
  @ApiProperty({ example: 'akta-kelahiran' }) serviceCode!: string;
  @ApiProperty({ example: 'Akta Kelahiran' }) serviceName!: string;
}

export class SlaDto {
  @ApiProperty({ example: 5, description: 'The service standard’s completion time in working days' }) workingDays!: number;
  @ApiProperty({ type: String, example: '2026-03-26', nullable: true, description: 'Null while the file is with the applicant' })
  dueDate!: string | null;
  @ApiProperty({ enum: SLA_FLAGS, example: 'on_track' }) flag!: string;
}

/** What anyone holding the tracking code sees: nothing personal. */
export class ApplicationTrackingDto {
  @ApiProperty({ example: '7KQ2M-9XW4T' }) trackingCode!: string;
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, example: 'verified' }) status!: string;
  @ApiProperty({ type: ApplicationServiceDto }) service!: ApplicationServiceDto;
  @ApiProperty({ type: SlaDto }) sla!: SlaDto;
  @ApiProperty({ type: String, example: '2026-03-12T02:15:00.000Z', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ example: '2026-03-13T04:00:00.000Z' }) updatedAt!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '/v1/regions/32.71/survey-form?trackingCode=7KQ2M-9XW4T',
    description: 'Once the application is completed: the satisfaction survey for it (shown as a link and QR code)',
  })
  survey!: string | null;
}

export class RequirementCheckDto {
  @ApiProperty({ example: 'Kartu Keluarga' }) name!: string;
  @ApiProperty({ example: true }) mandatory!: boolean;
  @ApiProperty({ example: false }) checked!: boolean;
}

export class ApplicationEventDto {
  @ApiProperty({ example: 'request_revision' }) action!: string;
  @ApiProperty({ type: String, example: 'verified', nullable: true }) fromStatus!: string | null;
  @ApiProperty({ example: 'needs_revision' }) toStatus!: string;
  @ApiProperty({ example: '2026-03-17T03:00:00.000Z' }) at!: string;
  @ApiProperty({ enum: ['staff', 'api-key', 'applicant'] }) actorType!: string;
  @ApiPropertyOptional({ type: String, description: 'Staff account or API key id; not shown to the applicant', nullable: true }) actorId?:
    | string
    | null;
  @ApiProperty({ type: String, example: 'Fotokopi KK tidak terbaca', nullable: true }) note!: string | null;
}

/** What the applicant sees after proving it is them (the phone number): the notes and checklist too. */
export class ApplicantViewDto extends ApplicationTrackingDto {
  @ApiProperty({ type: String, example: 'Fotokopi KK tidak terbaca; unggah ulang yang jelas', nullable: true }) lastNote!: string | null;
  @ApiProperty({ type: [RequirementCheckDto] }) requirements!: RequirementCheckDto[];
  @ApiProperty({ type: [ApplicationEventDto] }) history!: ApplicationEventDto[];
}

export class ApplicantRecordDto {
  @ApiProperty({ example: 'Siti Rahayu', description: 'Masked (S*** R*****) outside the agency handling it' }) name!: string;
  @ApiProperty({ example: '3271********0001', description: 'Whole only to the agency’s counter staff and supervisors (audited)' })
  nik!: string;
  @ApiProperty({ example: '+62812*****890' }) phone!: string;
  @ApiProperty({ type: String, example: 'siti.rahayu@example.id', nullable: true }) email!: string | null;
}

/** OSS's answer to the last status report of the licence. */
export class OssReportDto {
  @ApiProperty({ example: '50', description: 'The `kd_status` reported' }) statusCode!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, example: 'completed' }) status!: string;
  @ApiProperty({ example: '2026-03-12T02:10:00.000Z', description: 'When the application reached that status' }) changedAt!: string;
  @ApiProperty({ enum: ['accepted', 'refused'] }) outcome!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'OSS’s reason when it refused' }) message!: string | null;
  @ApiProperty({ example: '2026-03-12T02:10:03.000Z' }) answeredAt!: string;
}

/** The OSS licence an application is for, and how its status reached OSS. */
export class OssLicenceDto {
  @ApiProperty({ example: '8120000000001' }) nib!: string;
  @ApiProperty({ example: 'I-202402120001' }) licenceId!: string;
  @ApiProperty({ type: OssReportDto, nullable: true, description: 'Null until OSS has answered a report' })
  lastReport!: OssReportDto | null;
}

/** The agency's view of one application. */
export class ApplicationDto extends ApplicantViewDto {
  @ApiProperty({ example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' }) id!: string;
  @ApiProperty({ enum: ['online', 'counter', 'integrator'] }) channel!: string;
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The ticket it was made from at the counter' }) ticketId!: string | null;
  @ApiProperty({ type: ApplicantRecordDto }) applicant!: ApplicantRecordDto;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: OssLicenceDto, nullable: true, description: 'For an OSS licence: its status is reported to OSS at every change' })
  licence!: OssLicenceDto | null;
  @ApiProperty({ example: '2026-03-12T02:10:00.000Z' }) createdAt!: string;
}

/** One row of an agency's list: no history, NIK masked. */
export class ApplicationSummaryDto extends ApplicationTrackingDto {
  @ApiProperty({ example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' }) id!: string;
  @ApiProperty({ enum: ['online', 'counter', 'integrator'] }) channel!: string;
  @ApiProperty({ type: ApplicantRecordDto }) applicant!: ApplicantRecordDto;
  @ApiProperty({ example: '2026-03-12T02:10:00.000Z' }) createdAt!: string;
}

export class ApplicationPageDto extends PageOf(ApplicationSummaryDto) {}

export class OverdueCountDto {
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 3 }) overdue!: number;
}

export class OverdueCountsDto {
  @ApiProperty({ example: '2026-03-31', description: 'The region’s date the counts are for' }) date!: string;
  @ApiProperty({ type: [OverdueCountDto] }) items!: OverdueCountDto[];
}

/** What the citizen gets back once: the code to track the application with. */
export class SubmittedApplicationDto extends ApplicantViewDto {}
