import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { AGE_BANDS, EDUCATION_LEVELS, IKM_WEIGHT_MODES, type IkmWeightMode, OCCUPATIONS, SEXES, SURVEY_ELEMENTS } from '@mpp/domain';
import { IsDeploymentCode, NestedObject } from '@mpp/platform';

export class RespondentProfileDto {
  @ApiPropertyOptional({ enum: AGE_BANDS, example: '30_39' })
  @IsOptional()
  @IsIn(AGE_BANDS)
  ageBand?: (typeof AGE_BANDS)[number];

  @ApiPropertyOptional({ enum: SEXES, example: 'female' })
  @IsOptional()
  @IsIn(SEXES)
  sex?: (typeof SEXES)[number];

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, example: 'd4_s1' })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS)
  education?: (typeof EDUCATION_LEVELS)[number];

  @ApiPropertyOptional({ enum: OCCUPATIONS, example: 'private_employee' })
  @IsOptional()
  @IsIn(OCCUPATIONS)
  occupation?: (typeof OCCUPATIONS)[number];
}

const ANSWERS_EXAMPLE = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 };

export class SurveyResponseDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The finished ticket answered (its page gives the link); one response per ticket' })
  @IsOptional()
  @IsUUID()
  ticketId?: string;

  @ApiPropertyOptional({ example: '7KQ2M-9XW4T', description: 'The completed application answered; one response per application' })
  @IsOptional()
  @IsString()
  @MaxLength(11)
  trackingCode?: string;

  @ApiPropertyOptional({ example: 'mpp-kota-bogor', description: 'Walk-in at a kiosk or tablet: the device’s site (with X-Device-Token)' })
  @IsOptional()
  @IsDeploymentCode()
  siteCode?: string;

  @ApiPropertyOptional({ example: 'disdukcapil', description: 'Walk-in: the agency whose service was used' })
  @IsOptional()
  @IsDeploymentCode()
  agencyCode?: string;

  @ApiPropertyOptional({ example: 'ktp-el', description: 'Walk-in: the service used' })
  @IsOptional()
  @IsDeploymentCode()
  serviceCode?: string;

  @ApiProperty({
    description: 'Answers 1 (worst) to 4 (best) by element code U1–U9 (never by question position); unanswered elements left out',
    example: ANSWERS_EXAMPLE,
    type: 'object',
    properties: Object.fromEntries(
      SURVEY_ELEMENTS.map((element) => [element, { type: 'integer', format: 'int32', minimum: 1, maximum: 4 }]),
    ),
    additionalProperties: false,
  })
  @IsObject()
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({ type: RespondentProfileDto })
  @IsOptional()
  @NestedObject(() => RespondentProfileDto)
  profile?: RespondentProfileDto;

  @ApiPropertyOptional({ example: 'Ruang tunggu perlu tambahan kursi', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  suggestion?: string;
}

export class SurveyFormQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The ticket to answer for: the form then says whether it is open' })
  @IsOptional()
  @IsUUID()
  ticketId?: string;

  @ApiPropertyOptional({ example: '7KQ2M-9XW4T' })
  @IsOptional()
  @IsString()
  @MaxLength(11)
  trackingCode?: string;
}

export class PeriodQuery {
  @ApiPropertyOptional({
    example: '2026-Q4',
    description: 'A year (2026), half (2026-H1), quarter (2026-Q4) or month (2026-11); without period or from/to, the current year',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;

  @ApiPropertyOptional({ example: '2026-10-01', description: 'With `to`, instead of `period`: local dates, both included' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;
}

export class SatisfactionQuery extends PeriodQuery {
  @ApiPropertyOptional({ example: 'mpp-kota-bogor' })
  @IsOptional()
  @IsDeploymentCode()
  siteCode?: string;

  @ApiPropertyOptional({ example: 'disdukcapil' })
  @IsOptional()
  @IsDeploymentCode()
  agencyCode?: string;

  @ApiPropertyOptional({ example: 'ktp-el', description: 'Needs agencyCode' })
  @IsOptional()
  @IsDeploymentCode()
  serviceCode?: string;
}

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class SatisfactionReportQuery extends SatisfactionQuery {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class NationalSatisfactionQuery extends PeriodQuery {
  @ApiPropertyOptional({
    enum: IKM_WEIGHT_MODES,
    default: 'printed_0_11',
    description: 'Weight for the national figure; each region’s own figure uses the weight its deployment sets',
  })
  @IsOptional()
  @IsIn(IKM_WEIGHT_MODES)
  weight?: IkmWeightMode;
}
