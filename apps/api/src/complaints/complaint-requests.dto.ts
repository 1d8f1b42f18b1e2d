import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { COMPLAINT_ACTIONS, COMPLAINT_STATUSES, type ComplaintAction, type ComplaintStatus } from '@mpp/domain';
import { IsDeploymentCode, NestedObject, PageQuery } from '@mpp/platform';

export const COMPLAINT_CATEGORIES = ['pelayanan', 'petugas', 'biaya', 'waktu', 'sarana', 'informasi', 'pungli', 'lainnya'] as const;

export class ReporterDto {
  @ApiProperty({ example: 'Siti Rahayu', description: 'Hidden from the agency when the complaint is anonymous' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @ApiProperty({
    example: '081234567890',
    description: 'Proves later that the caller is the reporter; never shown to an agency of an anonymous complaint',
  })
  @IsString()
  @MaxLength(20)
  phone!: string;

  @ApiPropertyOptional({ example: '3271014708900001', description: 'Optional; stored encrypted' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  nik?: string;
}

export class FileComplaintDto {
  @ApiProperty({ example: 'Antrean KTP-el tidak dipanggil sesuai urutan', maxLength: 200 })
  @IsString()
  @MinLength(5)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 'Saya datang pukul 08.00 dan mendapat nomor A-010, tetapi nomor A-015 dipanggil lebih dahulu.', maxLength: 5000 })
  @IsString()
  @MinLength(20)
  @MaxLength(5000)
  account!: string;

  @ApiProperty({ example: '2026-11-30', description: 'The day it happened' })
  @IsISO8601({ strict: true }, { message: 'incidentDate must be a date YYYY-MM-DD' })
  @MaxLength(10)
  incidentDate!: string;

  @ApiProperty({ example: 'MPP Kota Bogor, loket 3', maxLength: 300 })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  incidentPlace!: string;

  @ApiProperty({ example: 'disdukcapil', description: 'The agency complained about (the desk may reassign it)' })
  @IsDeploymentCode()
  agencyCode!: string;

  @ApiPropertyOptional({ example: 'ktp-el' })
  @IsOptional()
  @IsDeploymentCode()
  serviceCode?: string;

  @ApiProperty({ enum: COMPLAINT_CATEGORIES, example: 'pelayanan' })
  @IsIn(COMPLAINT_CATEGORIES)
  category!: (typeof COMPLAINT_CATEGORIES)[number];

  @ApiPropertyOptional({ default: false, description: 'Identity hidden from the agency' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Not shown in the public list' })
  @IsOptional()
  @IsBoolean()
  secret?: boolean;

  @ApiProperty({ type: ReporterDto })
  @NestedObject(() => ReporterDto)
  reporter!: ReporterDto;

  @ApiPropertyOptional({
    example: 'mpp-kota-bogor',
    description: 'At a kiosk: its site (with X-Device-Token); at the desk: where it was taken',
  })
  @IsOptional()
  @IsDeploymentCode()
  siteCode?: string;
}

export class ReporterProofDto {
  @ApiProperty({ example: '081234567890' })
  @IsString()
  @MaxLength(20)
  phone!: string;

  @ApiPropertyOptional({ example: 'Terima kasih, tetapi antrean masih belum tertib hari ini.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ComplaintActionDto {
  @ApiProperty({ enum: COMPLAINT_ACTIONS, example: 'answer' })
  @IsIn(COMPLAINT_ACTIONS)
  action!: ComplaintAction;

  @ApiPropertyOptional({ example: 'Petugas loket 3 telah ditegur; urutan panggilan kini diawasi supervisor.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ example: 'disdukcapil', description: 'assign: the competent agency (defaults to the one named in the complaint)' })
  @IsOptional()
  @IsDeploymentCode()
  agencyCode?: string;
}

export class ComplaintListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ description: 'Only those escalated to the region admin for a missed deadline (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  escalated?: boolean;
}
