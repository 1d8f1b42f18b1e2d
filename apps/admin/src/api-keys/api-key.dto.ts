import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';

import { API_SCOPES, type ApiScope } from '@mpp/domain';
import { PageOf, PageQuery } from '@mpp/platform';

const REGION = /^\d{2}\.\d{2}$/;
const AGENCY = /^[A-Za-z0-9._-]{1,40}$/;

export class CreateApiKeyRequest {
  @ApiProperty({ example: 'Aplikasi Sapawarga (Pemprov Jabar)' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ enum: API_SCOPES, isArray: true, example: ['catalog:read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true })
  scopes!: ApiScope[];

  @ApiPropertyOptional({ example: '32.71', description: 'The region the key may reach; unset (national admins only): every region' })
  @IsOptional()
  @Matches(REGION, { message: 'regionCode must be a kabupaten/kota code such as 32.71' })
  regionCode?: string;

  @ApiPropertyOptional({
    example: 'bapenda',
    description:
      'The agency (active in the region’s deployment) whose records alone the key reaches; needs regionCode. ' +
      'Only a key bound to an agency may process applications, attach results and download documents',
  })
  @IsOptional()
  @Matches(AGENCY, { message: 'agencyCode must be an agency code such as bapenda' })
  agencyCode?: string;

  @ApiPropertyOptional({ example: '2027-06-30T00:00:00Z', description: 'Unset: no expiry' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;
}

export class ListApiKeysQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.71' })
  @IsOptional()
  @Matches(REGION, { message: 'region must be a kabupaten/kota code such as 32.71' })
  region?: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 'k7m2q9xw4t', description: 'Public part of the key, for support; the key reads mpp_<prefix>_<secret>' })
  prefix!: string;

  @ApiProperty({ enum: API_SCOPES, isArray: true })
  scopes!: ApiScope[];

  @ApiPropertyOptional({ type: String, nullable: true })
  regionCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'bapenda', description: 'Set: the key reaches only this agency’s records' })
  agencyCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  expiresAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  revokedAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  lastUsedAt!: string | null;

  @ApiProperty()
  createdAt!: string;
}

export class IssuedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The whole key, shown this once: store it now; only its hash is kept' })
  key!: string;
}

export class ApiKeyPageDto extends PageOf(ApiKeyDto) {}
