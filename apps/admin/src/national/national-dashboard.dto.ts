import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

import { ROLLOUT_STAGES, type RolloutStage } from '@mpp/domain';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A period in whole months: the roll-ups the dashboard reads are kept per region and month. */
export class NationalPeriodQuery {
  @ApiPropertyOptional({
    example: '2026-01',
    pattern: MONTH.source,
    maxLength: 7,
    description: 'First month (default: eleven months before `to`)',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month such as 2026-01' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12',
    pattern: MONTH.source,
    maxLength: 7,
    description: 'Last month, included (default: this month, WIB)',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month such as 2026-12' })
  to?: string;
}

export class NationalRegionsQuery extends NationalPeriodQuery {
  @ApiPropertyOptional({ example: '32', pattern: '^\\d{2}$', maxLength: 2, description: 'Only the regions of this province' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'province must be a province code such as 32' })
  province?: string;

  @ApiPropertyOptional({ enum: ROLLOUT_STAGES, description: 'Only the regions at this stage' })
  @IsOptional()
  @IsIn(ROLLOUT_STAGES)
  stage?: RolloutStage;
}

export class NationalExportQuery extends NationalRegionsQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

export class PeriodDto {
  @ApiProperty({ example: '2026-01', maxLength: 7 })
  from!: string;

  @ApiProperty({ example: '2026-12', maxLength: 7 })
  to!: string;
}

export class RegionFiguresDto {
  @ApiProperty({ description: 'Finished tickets (visitors): served, no-shows and cancelled' })
  tickets!: number;

  @ApiProperty()
  served!: number;

  @ApiProperty()
  noShows!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'No-shows per finished ticket, 0..1' })
  noShowRate!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  meanWaitMinutes!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Upper edge of the five-minute bucket of the 90th percentile' })
  p90WaitMinutes!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  meanServiceMinutes!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'IKM with the region’s own weight mode; null until all nine elements are answered',
  })
  ikm!: number | null;

  @ApiProperty({ type: String, nullable: true, maxLength: 1 })
  ikmGrade!: string | null;

  @ApiProperty()
  respondents!: number;

  @ApiProperty({ description: 'Complaints received in the period' })
  complaints!: number;
}

export class NationalRegionDto {
  @ApiProperty({ example: '32.71', maxLength: 5 })
  code!: string;

  @ApiProperty({ example: 'Kota Bogor', maxLength: 200 })
  name!: string;

  @ApiProperty({ example: '32', maxLength: 2 })
  provinceCode!: string;

  @ApiProperty({ example: 'Jawa Barat', maxLength: 200 })
  provinceName!: string;

  @ApiProperty({ enum: ROLLOUT_STAGES })
  stage!: RolloutStage;

  @ApiProperty({ type: String, nullable: true, format: 'date', maxLength: 10, description: 'When the region reached its stage' })
  stageSince!: string | null;

  @ApiProperty()
  sites!: number;

  @ApiProperty()
  agencies!: number;

  @ApiProperty()
  services!: number;

  @ApiProperty({ type: RegionFiguresDto })
  figures!: RegionFiguresDto;
}

export class StageCountsDto {
  @ApiProperty()
  no_plan!: number;

  @ApiProperty()
  planned!: number;

  @ApiProperty()
  rintisan!: number;

  @ApiProperty()
  operational!: number;

  @ApiProperty()
  inaugurated!: number;
}

export class NationalRegionsDto {
  @ApiProperty({ type: PeriodDto })
  period!: PeriodDto;

  @ApiProperty({ type: StageCountsDto, description: 'Regions per stage among those listed' })
  stages!: StageCountsDto;

  @ApiProperty({ type: RegionFiguresDto, description: 'The listed regions together (IKM over their merged sums)' })
  totals!: RegionFiguresDto;

  @ApiProperty({ type: [NationalRegionDto], maxItems: 1000 })
  regions!: NationalRegionDto[];
}

export class MonthProgressDto {
  @ApiProperty({ example: '2026-06', maxLength: 7 })
  month!: string;

  @ApiProperty({ type: StageCountsDto })
  counts!: StageCountsDto;
}

export class NationalProgressDto {
  @ApiProperty({ type: PeriodDto })
  period!: PeriodDto;

  @ApiProperty({ type: [MonthProgressDto], maxItems: 120 })
  months!: MonthProgressDto[];
}

export class NationalSiteDto {
  @ApiProperty({ example: '32.71', maxLength: 5 })
  regionCode!: string;

  @ApiProperty({ example: 'mpp-kota-bogor', maxLength: 40 })
  siteCode!: string;

  @ApiProperty({ maxLength: 200 })
  name!: string;

  @ApiProperty({ enum: ROLLOUT_STAGES })
  stage!: RolloutStage;

  @ApiProperty({ example: -6.5951 })
  lat!: number;

  @ApiProperty({ example: 106.7972 })
  lon!: number;

  @ApiProperty({ description: 'True when the point is the region’s approximate location, not the site’s own' })
  approximate!: boolean;
}

export class NationalSitesDto {
  @ApiProperty({ type: [NationalSiteDto], maxItems: 10000 })
  sites!: NationalSiteDto[];
}
