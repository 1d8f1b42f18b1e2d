import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

import { PageOf, PageQuery } from '@mpp/platform';

export class ListAuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.71', description: 'A region admin or regional key sees its own region only' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'region must be a kabupaten/kota code such as 32.71' })
  region?: string;

  @ApiPropertyOptional({ example: 'auth.login' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  action?: string;

  @ApiPropertyOptional({ description: 'Staff account id or API key id' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  actorId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-01', description: 'From this day on (UTC+7, Asia/Jakarta), inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date such as 2026-12-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date such as 2026-12-01' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'Up to and including this day (UTC+7, Asia/Jakarta)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date such as 2026-12-31' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date such as 2026-12-31' })
  to?: string;
}

export class AuditEventDto {
  @ApiProperty({ example: '1042' })
  id!: string;

  @ApiProperty()
  occurredAt!: string;

  @ApiProperty({ enum: ['staff', 'api-key', 'anonymous', 'system'] })
  actorType!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  actorId!: string | null;

  @ApiProperty({ example: 'auth.login' })
  action!: string;

  @ApiProperty({ enum: ['success', 'failure', 'denied'] })
  outcome!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  regionCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  targetType!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  targetId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  requestId!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;
}

export class AuditEventPageDto extends PageOf(AuditEventDto) {}
