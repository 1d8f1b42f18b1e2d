import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export class TimeRangeInput {
  @ApiProperty({ example: '08:00', maxLength: 5 })
  @Matches(TIME, { message: 'from must be a time of day HH:MM' })
  from!: string;

  @ApiProperty({ example: '12:00', maxLength: 5 })
  @Matches(TIME, { message: 'to must be a time of day HH:MM' })
  to!: string;
}

export class CreateCalendarOverrideRequest {
  @ApiProperty({ example: 'mpp-kota-bogor' })
  @Matches(CODE, { message: 'siteCode must be a site code' })
  siteCode!: string;

  @ApiPropertyOptional({ example: 'disdukcapil', description: 'With serviceCode: the override concerns that service only' })
  @IsOptional()
  @Matches(CODE, { message: 'agencyCode must be an agency code' })
  agencyCode?: string;

  @ApiPropertyOptional({ example: 'ktp-el' })
  @IsOptional()
  @Matches(CODE, { message: 'serviceCode must be a service code' })
  serviceCode?: string;

  @ApiProperty({ example: '2026-12-05', description: 'The day, in the site’s time zone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ enum: ['open', 'closed'], description: 'open: an extra opening with its hours; closed: the whole day, or from–to' })
  @IsIn(['open', 'closed'])
  kind!: 'open' | 'closed';

  @ApiPropertyOptional({
    type: [TimeRangeInput],
    description: 'open: the hours of the day; closed: one range to close, or none for the whole day',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  hours?: TimeRangeInput[];

  @ApiProperty({ example: 'Pelayanan KTP-el hari Sabtu', description: 'Shown to citizens' })
  @IsString()
  @Length(3, 120)
  reason!: string;
}

export class CalendarOverrideDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  siteCode!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  agencyCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  serviceCode!: string | null;

  @ApiProperty()
  date!: string;

  @ApiProperty({ enum: ['open', 'closed'] })
  kind!: string;

  @ApiPropertyOptional({ type: [TimeRangeInput], nullable: true })
  hours!: TimeRangeInput[] | null;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiProperty()
  createdAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  cancelledAt!: string | null;
}

export class CalendarOverrideListDto {
  @ApiProperty({ type: [CalendarOverrideDto] })
  items!: CalendarOverrideDto[];
}
