import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { IsDeploymentCode } from '@mpp/platform';

import { ServiceRefDto } from './queue.dto';

export class SlotsQuery {
  @ApiProperty({ example: '2026-11-26', description: 'A day in the mall’s time zone, today up to 30 days ahead' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real date' })
  date!: string;
}

export class SlotDto {
  @ApiProperty() start!: string;
  @ApiProperty() end!: string;
  @ApiProperty({ example: 5 }) capacity!: number;
  @ApiProperty({ example: 2 }) available!: number;
}

export class SlotListDto {
  @ApiProperty({ example: '2026-11-26' }) date!: string;
  @ApiProperty({ type: [SlotDto] }) items!: SlotDto[];
}

export class BookDto extends ServiceRefDto {
  @ApiProperty({ example: 'mpp-kota-bogor' })
  @IsDeploymentCode()
  siteCode!: string;

  @ApiProperty({ description: 'The start of one of the listed slots', example: '2026-11-26T01:00:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'slotStart must be an ISO 8601 instant' })
  slotStart!: string;

  @ApiProperty({ example: 'Siti Rahayu' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: '081234567890' })
  @IsString()
  @MaxLength(20)
  phone!: string;

  @ApiPropertyOptional({ description: 'NIK, optional; stored and shown masked only', example: '3271010101900001' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  nik?: string;
}

export class BookingDto {
  @ApiProperty({ example: 'K7M3Q9PX', description: 'Shown at the kiosk to check in' }) code!: string;
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty() siteCode!: string;
  @ApiProperty() agencyCode!: string;
  @ApiProperty() serviceCode!: string;
  @ApiProperty() slotStart!: string;
  @ApiProperty({ enum: ['booked', 'cancelled', 'checked_in'] }) status!: string;
  @ApiProperty({ example: 'S*** R*****', description: 'Masked' }) name!: string;
  @ApiProperty({ example: '+62812*****890', description: 'Masked' }) phone!: string;
  @ApiPropertyOptional({ type: String, example: '3271********0001', nullable: true, description: 'Masked' }) nik!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'The ticket made at check-in' }) ticketId!:
    | string
    | null;
}

/** A booking as anyone holding its code sees it (the citizen's booking page): no name, phone or NIK, even masked. */
export class BookingViewDto extends PickType(BookingDto, [
  'code',
  'regionCode',
  'siteCode',
  'agencyCode',
  'serviceCode',
  'slotStart',
  'status',
  'ticketId',
] as const) {}

export class CancelBookingDto {
  @ApiProperty({ description: 'The mobile number the booking was made with', example: '081234567890' })
  @IsString()
  @MaxLength(20)
  phone!: string;
}

export class CheckInDto {
  @ApiProperty({ example: 'K7M3Q9PX' })
  @IsString()
  @Matches(/^[A-Z2-9]{8}$/, { message: 'bookingCode is 8 letters and digits' })
  bookingCode!: string;
}
