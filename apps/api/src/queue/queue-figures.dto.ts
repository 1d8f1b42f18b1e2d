import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

import { IsDeploymentCode } from '@mpp/platform';

export class FiguresQuery {
  @ApiPropertyOptional({ example: '2026-11-25', description: 'A day in the region’s time zone; today when left out' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real date' })
  date?: string;

  @ApiPropertyOptional({ example: 'disdukcapil' })
  @IsOptional()
  @IsDeploymentCode()
  agencyCode?: string;
}

export class TimesDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 6.5 }) meanWaitMinutes!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 14 }) p90WaitMinutes!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 7.2 }) meanServiceMinutes!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 12 }) p90ServiceMinutes!: number | null;
}

export class ServiceFiguresDto extends TimesDto {
  @ApiProperty() siteCode!: string;
  @ApiProperty() agencyCode!: string;
  @ApiProperty() serviceCode!: string;
  @ApiProperty({ description: 'Tickets numbered in this line today (walk-ins and check-ins)' }) tickets!: number;
  @ApiProperty({ description: 'Tickets sent here from another service' }) transferredIn!: number;
  @ApiProperty() called!: number;
  @ApiProperty() served!: number;
  @ApiProperty() noShows!: number;
  @ApiProperty() cancelled!: number;
}

export class AgencyFiguresDto extends TimesDto {
  @ApiProperty() agencyCode!: string;
  @ApiProperty() tickets!: number;
  @ApiProperty() called!: number;
  @ApiProperty() served!: number;
  @ApiProperty() noShows!: number;
}

export class CounterFiguresDto extends TimesDto {
  @ApiProperty() agencyCode!: string;
  @ApiProperty() counterCode!: string;
  @ApiProperty() called!: number;
  @ApiProperty() served!: number;
  @ApiProperty() noShows!: number;
}

export class QueueFiguresDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: '2026-11-25' }) date!: string;
  @ApiProperty({ type: [ServiceFiguresDto] }) services!: ServiceFiguresDto[];
  @ApiProperty({ type: [AgencyFiguresDto] }) agencies!: AgencyFiguresDto[];
  @ApiProperty({ type: [CounterFiguresDto] }) counters!: CounterFiguresDto[];
}
