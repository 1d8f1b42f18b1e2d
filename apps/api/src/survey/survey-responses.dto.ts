import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IKM_WEIGHT_MODES, SURVEY_ELEMENTS } from '@mpp/domain';

export class WordingDto {
  @ApiProperty({ example: 'Sangat sesuai' }) id!: string;
  @ApiProperty({ example: 'Very appropriate' }) en!: string;
}

export class SurveyChoiceDto {
  @ApiProperty({ example: 4, minimum: 1, maximum: 4 }) value!: number;
  @ApiProperty({ type: WordingDto }) label!: WordingDto;
}

export class SurveyQuestionDto {
  @ApiProperty({ enum: SURVEY_ELEMENTS, example: 'U1' }) element!: string;
  @ApiProperty({ type: WordingDto }) question!: WordingDto;
  @ApiProperty({ type: [SurveyChoiceDto] }) answers!: SurveyChoiceDto[];
}

export class SurveySubjectDto {
  @ApiProperty({ enum: ['ticket', 'application'] }) kind!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'ktp-el' }) serviceCode!: string;
  @ApiProperty({ example: 'Perekaman KTP-el' }) serviceName!: string;
  @ApiProperty({ description: 'Whether a response is accepted now: the ticket finished, the application completed' }) open!: boolean;
  @ApiProperty({ description: 'Whether this ticket or application already has its one response' }) answered!: boolean;
}

export class SurveyFormDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ type: [SurveyQuestionDto] }) questions!: SurveyQuestionDto[];
  @ApiProperty({
    example: { ageBand: ['under_20', '20_29'], sex: ['male', 'female'] },
    description: 'The choices of each profile field (all optional)',
  })
  profileOptions!: Record<string, readonly string[]>;
  @ApiPropertyOptional({ type: SurveySubjectDto, nullable: true }) subject!: SurveySubjectDto | null;
}

export class SurveyReceiptDto {
  @ApiProperty({ example: 'Terima kasih atas penilaian Anda' }) message!: string;
  @ApiProperty({ example: 9 }) elementsAnswered!: number;
}

export class ElementScoreDto {
  @ApiProperty({ enum: SURVEY_ELEMENTS, example: 'U3' }) element!: string;
  @ApiProperty({ type: WordingDto }) name!: WordingDto;
  @ApiProperty({ example: 120, description: 'Number of answers (exact)' }) answers!: number;
  @ApiProperty({ example: 402, description: 'Sum of the answers (exact)' }) sum!: number;
  @ApiProperty({ type: Number, example: 3.35, nullable: true, description: 'Mean answer 1–4 (NRR), 2 decimals' }) nrr!: number | null;
  @ApiProperty({ type: Number, example: 83.75, nullable: true, description: 'NRR × 25, 2 decimals' }) score!: number | null;
}

export class SatisfactionScopeDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiPropertyOptional({ type: String, example: 'mpp-kota-bogor', nullable: true }) siteCode!: string | null;
  @ApiPropertyOptional({ type: String, example: 'disdukcapil', nullable: true }) agencyCode!: string | null;
  @ApiPropertyOptional({ type: String, example: 'ktp-el', nullable: true }) serviceCode!: string | null;
}

export class PeriodDto {
  @ApiProperty({ example: '2026-Q4' }) label!: string;
  @ApiProperty({ example: '2026-10-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
}

export class SampleDto {
  @ApiProperty({ example: 1000, description: 'Service users of the period: tickets finished in its scope' }) population!: number;
  @ApiProperty({ example: 278, description: 'Krejcie–Morgan sample size for that population' }) required!: number;
  @ApiProperty({ example: 120 }) respondents!: number;
  @ApiProperty({ example: false }) reached!: boolean;
}

export class SatisfactionIndexDto {
  @ApiProperty({ type: SatisfactionScopeDto }) scope!: SatisfactionScopeDto;
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({ enum: IKM_WEIGHT_MODES, example: 'printed_0_11', description: 'Shown on every result: 0.11 as printed, or exact 1/9' })
  weightMode!: string;
  @ApiProperty({ example: 0.11 }) weight!: number;
  @ApiProperty({
    type: Number,
    example: 83.71,
    nullable: true,
    description: 'IKM on 25–100, 2 decimals; null until all nine elements have answers',
  })
  ikm!: number | null;
  @ApiProperty({ type: Number, example: 3.3484, nullable: true }) ikmOnAnswerScale!: number | null;
  @ApiProperty({ enum: ['A', 'B', 'C', 'D'], nullable: true, example: 'B', description: 'Mutu pelayanan' }) grade!: string | null;
  @ApiProperty({ type: String, example: 'Baik', nullable: true, description: 'Kinerja unit pelayanan' }) kinerja!: string | null;
  @ApiProperty({ description: 'True when the weight 0.11 puts the IKM below 25 (graded D)' }) belowScale!: boolean;
  @ApiProperty({ enum: SURVEY_ELEMENTS, nullable: true, example: 'U3', description: 'The element with the lowest NRR' })
  weakestElement!: string | null;
  @ApiProperty({ type: [ElementScoreDto] }) elements!: ElementScoreDto[];
  @ApiProperty({ type: SampleDto }) sample!: SampleDto;
}

export class ProfileCountDto {
  @ApiProperty({ enum: ['ageBand', 'sex', 'education', 'occupation'] }) field!: string;
  @ApiProperty({ type: String, example: '30_39', nullable: true, description: 'null: left out by the respondent' }) value!: string | null;
  @ApiProperty({ example: 41 }) respondents!: number;
}

export class SuggestionDto {
  @ApiProperty({ example: '2026-11-20' }) serviceDate!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'ktp-el' }) serviceCode!: string;
  @ApiProperty({ example: 'Ruang tunggu perlu tambahan kursi' }) suggestion!: string;
}

export class SatisfactionReportDto extends SatisfactionIndexDto {
  @ApiProperty({ type: [ProfileCountDto] }) respondentsByProfile!: ProfileCountDto[];
  @ApiProperty({ type: [SuggestionDto], description: 'The most recent 1,000 suggestions of the period' }) suggestions!: SuggestionDto[];
}

export class RegionSatisfactionDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ enum: IKM_WEIGHT_MODES, example: 'exact', description: 'The weight this region’s deployment sets' }) weightMode!: string;
  @ApiProperty({ example: 120 }) respondents!: number;
  @ApiProperty({ type: Number, example: 84.2, nullable: true }) ikm!: number | null;
  @ApiProperty({ enum: ['A', 'B', 'C', 'D'], nullable: true }) grade!: string | null;
  @ApiProperty({ enum: SURVEY_ELEMENTS, nullable: true }) weakestElement!: string | null;
}

export class NationalSatisfactionDto {
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({ enum: IKM_WEIGHT_MODES, example: 'printed_0_11', description: 'Weight of the national figure' }) weightMode!: string;
  @ApiProperty({ example: 2400 }) respondents!: number;
  @ApiProperty({ type: Number, example: 83.1, nullable: true }) ikm!: number | null;
  @ApiProperty({ enum: ['A', 'B', 'C', 'D'], nullable: true }) grade!: string | null;
  @ApiProperty({ type: [ElementScoreDto] }) elements!: ElementScoreDto[];
  @ApiProperty({ type: [RegionSatisfactionDto] }) regions!: RegionSatisfactionDto[];
}
