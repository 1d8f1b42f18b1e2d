import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

import { IsDeploymentCode } from '@mpp/platform';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^\d{4}-(Q[1-4]|H[12]|\d{2})$/;

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;

export class QueueReportQuery {
  @ApiPropertyOptional({
    example: '2026-11-25',
    description: 'One local day; or `period`, or `from` and `to`; today when none is given',
    pattern: DATE.source,
    maxLength: 10,
  })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a date YYYY-MM-DD' })
  date?: string;

  @ApiPropertyOptional({
    example: '2026-11',
    description: 'A month (2026-11) or quarter (2026-Q4); at most 92 days',
    pattern: PERIOD.source,
    maxLength: 7,
  })
  @IsOptional()
  @Matches(PERIOD, { message: 'period must look like 2026-11 or 2026-Q4' })
  period?: string;

  @ApiPropertyOptional({
    example: '2026-11-01',
    description: 'With `to`: local dates, both included, at most 92 days',
    pattern: DATE.source,
    maxLength: 10,
  })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', pattern: DATE.source, maxLength: 10 })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ example: 'mpp-kota-bogor' })
  @IsOptional()
  @IsDeploymentCode()
  siteCode?: string;

  @ApiPropertyOptional({ example: 'disdukcapil', description: 'An agency supervisor gets their own agency whatever is asked' })
  @IsOptional()
  @IsDeploymentCode()
  agencyCode?: string;

  @ApiPropertyOptional({ example: 'ktp-el', description: 'Needs agencyCode' })
  @IsOptional()
  @IsDeploymentCode()
  serviceCode?: string;

  @ApiPropertyOptional({ example: 'loket-1', description: 'Needs agencyCode' })
  @IsOptional()
  @IsDeploymentCode()
  counterCode?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json', description: 'csv and xlsx download the same figures as a file' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: (typeof REPORT_FORMATS)[number];
}

export class ReportFiguresDto {
  @ApiProperty({ description: 'Tickets numbered in the period (walk-ins and check-ins)', example: 120 }) tickets!: number;
  @ApiProperty({ example: 98 }) served!: number;
  @ApiProperty({ example: 9 }) noShows!: number;
  @ApiProperty({ example: 3 }) cancelled!: number;
  @ApiProperty({
    description: 'Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets',
    example: 10,
  })
  unfinished!: number;
  @ApiProperty({ description: 'Tickets called at least once: those whose wait is known', example: 107 }) called!: number;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 6.5 }) meanWaitMinutes!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 14.2, description: 'Exact 90th percentile' }) p90WaitMinutes!:
    | number
    | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 7.2 }) meanServiceMinutes!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 12.8 }) p90ServiceMinutes!: number | null;
}

export class DayFiguresDto extends ReportFiguresDto {
  @ApiProperty({ example: '2026-11-25' }) date!: string;
}

export class HourFiguresDto extends ReportFiguresDto {
  @ApiProperty({ example: 9, minimum: 0, maximum: 23, description: 'Local hour the tickets were taken' }) hour!: number;
}

export class SiteReportFiguresDto extends ReportFiguresDto {
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
}

export class AgencyReportFiguresDto extends ReportFiguresDto {
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
}

export class ServiceReportFiguresDto extends AgencyReportFiguresDto {
  @ApiProperty({ example: 'ktp-el' }) serviceCode!: string;
}

export class CounterReportFiguresDto extends AgencyReportFiguresDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'loket-1', description: 'Null: tickets no counter has called' })
  counterCode!: string | null;
}

export class ReportPeriodDto {
  @ApiProperty({ example: '2026-11' }) label!: string;
  @ApiProperty({ example: '2026-11-01' }) from!: string;
  @ApiProperty({ example: '2026-11-30' }) to!: string;
}

export class ReportScopeDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) siteCode!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) agencyCode!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) serviceCode!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) counterCode!: string | null;
}

export class QueueReportDto {
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ type: ReportFiguresDto }) totals!: ReportFiguresDto;
  @ApiProperty({ type: [DayFiguresDto], description: 'Every day of the period, days without tickets included' }) days!: DayFiguresDto[];
  @ApiProperty({ type: [HourFiguresDto], description: 'Local hours from the first to the last with tickets' }) hours!: HourFiguresDto[];
  @ApiProperty({ type: [SiteReportFiguresDto] }) sites!: SiteReportFiguresDto[];
  @ApiProperty({ type: [AgencyReportFiguresDto] }) agencies!: AgencyReportFiguresDto[];
  @ApiProperty({ type: [ServiceReportFiguresDto] }) services!: ServiceReportFiguresDto[];
  @ApiProperty({ type: [CounterReportFiguresDto] }) counters!: CounterReportFiguresDto[];
}
