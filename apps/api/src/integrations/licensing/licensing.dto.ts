import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

import { PageOf, PageQuery } from '@mpp/platform';

import { PURPOSE_RULES } from '../population/identity.dto';

export class LookupBusinessDto {
  @ApiProperty({ example: '8120000000001', description: 'NIB: 13 digits. Checked before any call to OSS.' })
  @IsString()
  @MaxLength(32)
  nib!: string;

  @ApiPropertyOptional({ example: '56101', description: 'KBLI 2020 (5 digits): also say whether the business holds this activity' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  kbli?: string;

  @ApiProperty({ example: 'Pemeriksaan permohonan izin usaha', description: 'Why the business is looked up; kept in the audit trail' })
  @IsString()
  @Length(PURPOSE_RULES.minLength, PURPOSE_RULES.maxLength)
  purpose!: string;
}

export class BusinessActivityDto {
  @ApiProperty({ example: 'R-0001' })
  projectId!: string;

  @ApiProperty({ example: '56101', description: 'KBLI 2020' })
  kbli!: string;

  @ApiProperty({ example: 'R', description: 'Risk level as OSS codes it (R, MR, MT, T)' })
  riskLevel!: string;

  @ApiProperty()
  location!: string;
}

export class BusinessLicenceDto {
  @ApiProperty({ example: 'I-202402120001', description: 'OSS id_izin' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ example: 'Sertifikat Standar' })
  name!: string;

  @ApiProperty()
  agency!: string;

  @ApiPropertyOptional({ example: '50', description: 'kd_status when OSS gives it' })
  statusCode?: string;
}

export class NibStatusDto {
  @ApiProperty({ example: '01' })
  code!: string;

  @ApiProperty({ example: 'aktif' })
  label!: string;
}

export class BusinessDto {
  @ApiProperty({ example: '8120000000001' })
  nib!: string;

  @ApiProperty({ example: 'CV MAJU JAYA' })
  name!: string;

  @ApiProperty({ example: '2024-02-12' })
  issuedOn!: string;

  @ApiProperty({ description: 'OSS jenis_pelaku_usaha code' })
  actorKind!: string;

  @ApiProperty()
  address!: string;

  @ApiProperty({ example: '************1000', description: 'Masked: for a sole proprietor the NPWP is the owner’s NIK' })
  npwp!: string;

  @ApiProperty({ enum: ['micro', 'small', 'medium', 'large', 'unknown'] })
  scale!: string;

  @ApiProperty({ example: '3271000000', description: 'OSS region code, 10 digits' })
  ossRegionCode!: string;

  @ApiPropertyOptional({ example: '32.71' })
  regionCode?: string;

  @ApiProperty({ type: NibStatusDto })
  status!: NibStatusDto;

  @ApiProperty({ type: [BusinessActivityDto] })
  activities!: BusinessActivityDto[];

  @ApiProperty({ type: [BusinessLicenceDto] })
  licences!: BusinessLicenceDto[];
}

export class BusinessLookupDto extends BusinessDto {
  @ApiPropertyOptional({ description: 'Whether the business holds the KBLI activity asked about' })
  hasActivity?: boolean;

  @ApiProperty({ example: 'oss-simulator' })
  adapter!: string;
}

export class ReceivedBusinessDto extends BusinessDto {
  @ApiProperty({ description: 'When OSS first sent it (receiveNIB)' })
  receivedAt!: string;

  @ApiProperty({ description: 'When OSS last sent it' })
  updatedAt!: string;
}

export class ReceivedBusinessPageDto extends PageOf(ReceivedBusinessDto) {}

export class ListReceivedBusinessesQuery extends PageQuery {}
