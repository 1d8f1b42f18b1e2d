import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** A deployment file as uploaded: JSON `{ "content": "<yaml>" }`, or the YAML itself as application/yaml. */
export class DeploymentUpload {
  @ApiProperty({ description: 'The YAML text of the deployment file', example: 'apiVersion: mpp.go.id/v1\nkind: RegionDeployment\n...' })
  @IsString()
  @Length(1, 2_000_000)
  content!: string;
}

export class ApplyQuery {
  @IsOptional()
  @Matches(/^[\w.-]{1,120}$/, { message: 'file must be a file name of letters, digits, dots, dashes and underscores' })
  file?: string;
}

export class ChangeDto {
  @ApiProperty({ enum: ['create', 'update', 'reactivate', 'deactivate'] })
  action!: string;

  @ApiProperty({ enum: ['region', 'site', 'agency', 'counter', 'service'] })
  kind!: string;

  @ApiProperty({ example: 'disdukcapil/ktp-el' })
  key!: string;

  @ApiProperty({ type: [String], required: false, example: ['queue'] })
  fields?: string[];

  @ApiProperty({ type: () => [FieldDiffDto], required: false, description: 'For updates and reactivations: each field before and after' })
  diff?: FieldDiffDto[];
}

export class FieldDiffDto {
  @ApiProperty({ example: 'queue' })
  field!: string;

  @ApiProperty({ required: false, description: 'The value now (absent: not set)', example: { dailyQuota: 200 } })
  before?: unknown;

  @ApiProperty({ required: false, description: 'The value in the file (absent: not set)', example: { dailyQuota: 250 } })
  after?: unknown;
}

const CHANGE_COUNT = { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 } as const;

export class PlanSummaryDto {
  @ApiProperty({ ...CHANGE_COUNT, example: 0 }) create!: number;
  @ApiProperty({ ...CHANGE_COUNT, example: 1 }) update!: number;
  @ApiProperty({ ...CHANGE_COUNT, example: 0 }) reactivate!: number;
  @ApiProperty({ ...CHANGE_COUNT, example: 0 }) deactivate!: number;
}

export class PlanDto {
  @ApiProperty({ example: '32.71' })
  regionCode!: string;

  @ApiProperty({ type: [ChangeDto] })
  changes!: ChangeDto[];

  @ApiProperty({ type: PlanSummaryDto, description: 'How many changes of each kind the plan holds' })
  summary!: PlanSummaryDto;
}

export class ValidationDto {
  @ApiProperty({ example: '32.71' })
  regionCode!: string;

  @ApiProperty({ example: 13 })
  agencies!: number;

  @ApiProperty({ example: 17 })
  services!: number;
}
