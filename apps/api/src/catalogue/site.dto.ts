import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** How far ahead a site's special days are listed: the national calendar is read 40 days ahead for the catalogue. */
export const SPECIAL_DAYS_AHEAD = 30;

export class TimeRangeDto {
  @ApiProperty({ example: '07:30' })
  from!: string;

  @ApiProperty({ example: '16:00' })
  to!: string;
}

export class OpeningNowDto {
  @ApiProperty({ example: '2026-11-25', description: 'Today in the site’s own time zone' })
  date!: string;

  @ApiProperty({ type: [TimeRangeDto], description: 'Today’s opening hours, before breaks' })
  hours!: TimeRangeDto[];

  @ApiProperty()
  open!: boolean;

  @ApiProperty({ description: 'Open and before the ticket cut-off' })
  acceptingTickets!: boolean;

  @ApiPropertyOptional({ example: '2026-11-25T09:00:00.000Z', description: 'While open: when it closes (UTC instant)' })
  openUntil?: string;

  @ApiPropertyOptional({ example: '2026-11-25T16:00:00+07:00', description: 'openUntil on the site’s own clock, with its UTC offset' })
  openUntilLocal?: string;

  @ApiPropertyOptional({ description: 'While accepting tickets: the cut-off (UTC instant)' })
  ticketsUntil?: string;

  @ApiPropertyOptional({ example: '2026-11-25T15:00:00+07:00', description: 'ticketsUntil on the site’s own clock, with its UTC offset' })
  ticketsUntilLocal?: string;

  @ApiPropertyOptional({ enum: ['closed-day', 'holiday', 'before-opening', 'after-closing', 'break', 'override'] })
  closedReason?: string;

  @ApiPropertyOptional({ example: 'Salat Jumat' })
  closedLabel?: string;

  @ApiPropertyOptional({ description: 'While closed: when it opens next (UTC instant)' })
  nextOpening?: string;

  @ApiPropertyOptional({ example: '2026-11-26T07:30:00+07:00', description: 'nextOpening on the site’s own clock, with its UTC offset' })
  nextOpeningLocal?: string;
}

export class SpecialDayDto {
  @ApiProperty({ example: '2026-12-25', description: 'The day, on the site’s own calendar' })
  date!: string;

  @ApiProperty({ description: 'false: closed on a day the site usually opens; true: open on a day it usually does not' })
  open!: boolean;

  @ApiProperty({ example: 'Hari Raya Natal', description: 'Why, as the national calendar or the region’s override says it' })
  reason!: string;

  @ApiPropertyOptional({ type: [TimeRangeDto], description: 'That day’s hours, when open' })
  hours?: TimeRangeDto[];
}

export class SiteDto {
  @ApiProperty({ example: 'mpp-kota-bogor' })
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['mall', 'satellite'] })
  kind!: string;

  @ApiProperty()
  address!: string;

  @ApiProperty({ example: { lat: -6.5951, lon: 106.7972 } })
  coordinates!: { lat: number; lon: number };

  @ApiProperty({ description: 'Opening hours per weekday (sun..sat)', example: { mon: [{ from: '07:30', to: '16:00' }] } })
  hours!: Record<string, TimeRangeDto[]>;

  @ApiProperty({ type: OpeningNowDto })
  now!: OpeningNowDto;

  @ApiProperty({
    type: [SpecialDayDto],
    description: `Whole days in the next ${SPECIAL_DAYS_AHEAD} days whose opening differs from the usual week (holidays, cuti bersama, closings, extra opening days), in date order`,
  })
  specialDays!: SpecialDayDto[];
}

export class CalendarWarningDto {
  @ApiProperty({ enum: ['NATIONAL_CALENDAR_NOT_COVERED'] })
  code!: string;

  @ApiProperty({ example: '2027-01-01', description: 'The first day ahead whose national holidays are not loaded' })
  uncoveredFrom!: string;

  @ApiProperty({ type: [Number], example: [2027] })
  missingYears!: number[];

  @ApiProperty({ description: 'In Bahasa Indonesia, or English with Accept-Language: en' })
  message!: string;
}
