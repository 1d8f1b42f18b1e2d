import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

import { PageOf, PageQuery } from '@mpp/platform';

import { CalendarWarningDto, SiteDto } from './site.dto';

export class ListServicesQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'akta kelahiran',
    description: 'Words to find, any case, with or without accents; each word matches by prefix',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ example: 'disdukcapil', description: 'Only the services of this agency' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'agency must be an agency code such as disdukcapil' })
  agency?: string;
}

export class MallDto {
  @ApiProperty({ example: '32.71' })
  regionCode!: string;

  @ApiProperty({ example: 'Kota Bogor' })
  regionName!: string;

  @ApiProperty({ enum: ['WIB', 'WITA', 'WIT'] })
  timeZone!: string;

  @ApiProperty({ enum: ['planned', 'rintisan', 'operational', 'inaugurated'] })
  rolloutStatus!: string;

  @ApiProperty({ type: [SiteDto] })
  sites!: SiteDto[];

  @ApiProperty({ example: 13 })
  agencyCount!: number;

  @ApiProperty({ example: 17 })
  serviceCount!: number;

  @ApiPropertyOptional({
    type: [CalendarWarningDto],
    description: 'Present when the national calendar does not cover the next 90 days: opening times beyond it ignore national holidays',
  })
  warnings?: CalendarWarningDto[];
}

export class AgencyDto {
  @ApiProperty({ example: 'disdukcapil' })
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['perangkat_daerah', 'instansi_vertikal', 'bumn', 'bumd', 'swasta'] })
  kind!: string;

  @ApiProperty({ type: [String], example: ['mpp-kota-bogor'] })
  sites!: string[];

  @ApiProperty()
  counterCount!: number;

  @ApiProperty()
  serviceCount!: number;
}

export class AgencyListDto {
  @ApiProperty({ type: [AgencyDto] })
  items!: AgencyDto[];

  @ApiProperty()
  total!: number;
}

export class FeeDto {
  @ApiProperty({ example: 0, description: 'Rupiah; 0 is free (gratis)' })
  amount!: number;

  @ApiProperty()
  free!: boolean;

  @ApiProperty()
  legalBasis!: string;
}

export class ServiceSummaryDto {
  @ApiProperty({ example: 'disdukcapil' })
  agencyCode!: string;

  @ApiProperty()
  agencyName!: string;

  @ApiProperty({ example: 'akta-kelahiran' })
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiPropertyOptional()
  description?: string;

  @ApiProperty({ type: FeeDto })
  fee!: FeeDto;

  @ApiProperty({ example: { value: 1, unit: 'working_days' } })
  completionTime!: { value: number; unit: string };

  @ApiProperty({ enum: ['walk_in', 'booking', 'both'] })
  queueMode!: string;
}

export class ServicePageDto extends PageOf(ServiceSummaryDto) {}

export class ExpectedCompletionDto {
  @ApiProperty({ example: '2027-01-05', description: 'Submitted today (in the region’s zone), due on this day' })
  date!: string;

  @ApiProperty({ example: 3 })
  workingDays!: number;

  @ApiProperty({
    description: 'false when the days counted reach a year the national calendar does not hold yet: the date may be too early',
  })
  calendarCovered!: boolean;
}

export class ServiceDetailDto extends ServiceSummaryDto {
  @ApiProperty({
    description:
      'The service standard of PermenPANRB 15/2014: requirements, procedure, time, fee, product, complaints, legal basis and the rest',
  })
  standard!: Record<string, unknown>;

  @ApiProperty({ example: 'A', description: 'Ticket prefix' })
  ticketPrefix!: string;

  @ApiProperty({
    description:
      'The order of calling: fcfs; booked_first (windowMinutes); weighted (priorityWeight: each minute a priority visitor waits counts that many times); ratio (regularPerPriority)',
    example: { strategy: 'ratio', regularPerPriority: 3 },
  })
  callOrder!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Walk-in tickets a day at each site' })
  dailyQuota!: number;

  @ApiProperty({ type: [String] })
  keywords!: string[];

  @ApiProperty({ type: [SiteDto], description: 'Where it is offered, with whether it is open now' })
  sites!: SiteDto[];

  @ApiPropertyOptional({
    example: '2026-11-25T02:00:00.000Z',
    description: 'Since when the standard shown holds (when it was applied); earlier versions at .../standard-versions',
  })
  standardSince?: string;

  @ApiPropertyOptional({
    type: ExpectedCompletionDto,
    description:
      'For a completion time in working days: the day work submitted today is due, skipping weekends, national holidays and cuti bersama',
  })
  expectedCompletion?: ExpectedCompletionDto;
}

export class StandardVersionDto {
  @ApiProperty({ example: '2026-11-25T02:00:00.000Z' })
  validFrom!: string;

  @ApiPropertyOptional({ description: 'When the next version replaced it; absent for the one in force' })
  validUntil?: string;

  @ApiProperty({ description: 'The service standard of PermenPANRB 15/2014 as it held then' })
  standard!: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'disdukcapil/ktp-el', description: 'The national template it came from' })
  template?: string;

  @ApiPropertyOptional({ example: 1 })
  templateVersion?: number;
}

export class StandardVersionListDto {
  @ApiProperty({ type: [StandardVersionDto], description: 'Newest first' })
  items!: StandardVersionDto[];
}

export class StandardVersionsQuery {
  @ApiPropertyOptional({
    maxLength: 29,
    example: '2026-12-01T09:00:00+07:00',
    description: 'Only the version in force at this instant (ISO 8601) or on this day (YYYY-MM-DD, at its end in WIB)',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, {
    message: 'on must be a date YYYY-MM-DD or an ISO 8601 instant',
  })
  on?: string;
}
