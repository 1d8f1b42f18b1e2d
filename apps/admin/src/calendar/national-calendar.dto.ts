import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CalendarYearDto {
  @ApiProperty({ example: 2027 })
  year!: number;

  @ApiProperty({ enum: ['provisional', 'decree'], description: 'provisional until checked against the signed SKB' })
  status!: string;

  @ApiProperty({
    example: 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB tentang Hari Libur Nasional dan Cuti Bersama 2027',
  })
  source!: string;

  @ApiProperty({ example: 17 })
  holidays!: number;

  @ApiProperty({ example: 8 })
  cutiBersama!: number;

  @ApiProperty({ example: 'staff:6f1c…', description: 'Who loaded the year last' })
  loadedBy!: string;

  @ApiProperty()
  loadedAt!: string;
}

export class NationalCalendarWarningDto {
  @ApiProperty({ enum: ['NATIONAL_CALENDAR_NOT_COVERED'] })
  code!: string;

  @ApiProperty({ example: '2028-01-01' })
  uncoveredFrom!: string;

  @ApiProperty({ type: [Number], example: [2028] })
  missingYears!: number[];

  @ApiProperty()
  message!: string;
}

export class NationalCalendarDto {
  @ApiProperty({ type: [CalendarYearDto] })
  years!: CalendarYearDto[];

  @ApiPropertyOptional({ type: NationalCalendarWarningDto, description: 'When the next 90 days are not all covered' })
  warning?: NationalCalendarWarningDto;

  @ApiPropertyOptional({ example: 3, description: 'After a load: days and years that changed (0: the file was already loaded)' })
  changed?: number;
}
