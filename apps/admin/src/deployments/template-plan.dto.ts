import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A value of a deployment file's field, whatever its kind. */
const ANY_VALUE = [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: {} }, { type: 'object' }];

export class FieldChangeDto {
  @ApiProperty({ example: 'standard.fee.amount' })
  path!: string;

  @ApiProperty({ oneOf: ANY_VALUE, example: 50000, description: 'The old value: text, number, yes/no, list or object' })
  from!: unknown;

  @ApiProperty({ oneOf: ANY_VALUE, example: 60000, description: 'The new value' })
  to!: unknown;
}

export class ServiceDriftDto {
  @ApiProperty({ example: 'disdukcapil/ktp-el', description: 'agency/service in the region' })
  key!: string;

  @ApiProperty({ example: 'disdukcapil/ktp-el', description: 'agency-template/service' })
  template!: string;

  @ApiProperty({ example: 1, description: 'The template version the region applied last' })
  fromVersion!: number;

  @ApiProperty({ enum: ['update', 'problem', 'removed'] })
  action!: string;

  @ApiPropertyOptional({ type: [FieldChangeDto] })
  changes?: FieldChangeDto[];

  @ApiPropertyOptional({ description: 'Why the region’s overrides no longer fit the new version' })
  problem?: string;
}

export class RegionDriftDto {
  @ApiProperty({ example: '32.71' })
  regionCode!: string;

  @ApiProperty({ type: [ServiceDriftDto] })
  services!: ServiceDriftDto[];
}

export class TemplateDriftDto {
  @ApiProperty({ example: 'disdukcapil' })
  template!: string;

  @ApiProperty({ example: 2 })
  toVersion!: number;

  @ApiProperty({ type: [RegionDriftDto], description: 'Every region the new version would change when it re-applies its file, and how' })
  regions!: RegionDriftDto[];

  @ApiProperty({ example: 4, description: 'Linked services the new version leaves as they are' })
  unchanged!: number;
}
