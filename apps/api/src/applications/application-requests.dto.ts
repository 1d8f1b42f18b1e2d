import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { APPLICATION_STATUSES, type ApplicationStatus, STAFF_ACTIONS } from '@mpp/domain';
import { IsDeploymentCode, NestedObject, PageQuery } from '@mpp/platform';

import { ServiceRefDto } from '../queue/queue.dto';

export class ApplicantDto {
  @ApiProperty({ example: 'Siti Rahayu' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: '3271014708900001', description: 'Stored encrypted; shown whole only to the agency handling the file' })
  @IsString()
  @MaxLength(20)
  nik!: string;

  @ApiProperty({ example: '081234567890', description: 'Proves later that the caller is the applicant' })
  @IsString()
  @MaxLength(20)
  phone!: string;

  @ApiPropertyOptional({ example: 'siti.rahayu@example.id' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email?: string;
}

/** For a licence processed through OSS RBA: the business and OSS's id of the licence, so each change of status is reported to OSS. */
export class OssLicenceRefDto {
  // Checked by the domain's Nib (400 INVALID_NIB naming `licence.nib`); the pattern documents it.
  @ApiProperty({ example: '8120000000001', description: 'NIB of the business (13 digits)', pattern: '^\\d{13}$' })
  @IsString()
  @MaxLength(32)
  nib!: string;

  @ApiProperty({ example: 'I-202402120001', description: 'OSS’s licence id (`id_izin`) from the business’s checklist' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'licenceId must be OSS’s licence id (letters, digits, . _ -)' })
  licenceId!: string;
}

export class ApplicantDetailsDto {
  @ApiProperty({ type: ApplicantDto })
  @NestedObject(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiPropertyOptional({ example: 'Mohon dikirim kabar lewat WhatsApp', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;

  @ApiPropertyOptional({ type: OssLicenceRefDto, description: 'For an OSS licence: its status is reported to OSS at every change' })
  @IsOptional()
  @NestedObject(() => OssLicenceRefDto)
  licence?: OssLicenceRefDto;
}

/** A citizen's application online; `draft: true` keeps it unsent until `submit`. */
export class SubmitApplicationDto extends ServiceRefDto {
  @ApiProperty({ type: ApplicantDto })
  @NestedObject(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiPropertyOptional({ example: 'Mohon dikirim kabar lewat WhatsApp', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;

  @ApiPropertyOptional({ type: OssLicenceRefDto, description: 'For an OSS licence: its status is reported to OSS at every change' })
  @IsOptional()
  @NestedObject(() => OssLicenceRefDto)
  licence?: OssLicenceRefDto;

  @ApiPropertyOptional({ default: false, description: 'Keep as a draft; send it later with .../submit' })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}

/** An integrator's application for a service of the agency in the path. */
export class IntegratorApplicationDto extends ApplicantDetailsDto {
  @ApiProperty({ example: 'ktp-el' })
  @IsDeploymentCode()
  serviceCode!: string;
}

/** What proves the caller is the applicant: the phone number the application was made with. */
export class ApplicantProofDto {
  @ApiProperty({ example: '081234567890' })
  @IsString()
  @MaxLength(20)
  phone!: string;

  @ApiPropertyOptional({ example: 'Fotokopi KK sudah saya unggah ulang', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class StaffActionDto {
  @ApiProperty({ enum: STAFF_ACTIONS, example: 'request_revision' })
  @IsIn(STAFF_ACTIONS, { message: `action must be one of ${STAFF_ACTIONS.join(', ')}` })
  action!: (typeof STAFF_ACTIONS)[number];

  @ApiPropertyOptional({
    example: 'Fotokopi KK tidak terbaca; unggah ulang yang jelas',
    description: 'Required for request_revision (what to fix), reject (the reason) and complete (pickup note)',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    example: ['KTP-el', 'Kartu Keluarga'],
    description: 'The requirements (by name) found in order; the others are unchecked',
    type: [String],
  })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  @ArrayMaxSize(100)
  checked?: string[];
}

export class ApplicationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: `status must be one of ${APPLICATION_STATUSES.join(', ')}` })
  status?: ApplicationStatus;

  @ApiPropertyOptional({
    enum: ['overdue', 'due_soon'],
    description: 'Open applications past their due date, or due today or the next working day',
  })
  @IsOptional()
  @IsIn(['overdue', 'due_soon'], { message: 'sla must be overdue or due_soon' })
  sla?: 'overdue' | 'due_soon';

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Created on or after this day (the region’s zone)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Created on or before this day (the region’s zone)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date' })
  to?: string;
}
