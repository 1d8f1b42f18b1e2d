import { PRIORITY_GROUPS } from '@mpp/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

export class TakeTicketDto {
  @ApiProperty({ example: 'disdukcapil' })
  @IsString()
  @Matches(CODE, { message: 'agencyCode must be lowercase letters, digits and dashes' })
  agencyCode!: string;

  @ApiProperty({ example: 'ktp-el' })
  @IsString()
  @Matches(CODE, { message: 'serviceCode must be lowercase letters, digits and dashes' })
  serviceCode!: string;

  @ApiPropertyOptional({ enum: PRIORITY_GROUPS, description: 'Set by a kiosk (checked in person); refused from phones' })
  @IsOptional()
  @IsIn(PRIORITY_GROUPS)
  priority?: (typeof PRIORITY_GROUPS)[number];

  @ApiPropertyOptional({ description: 'Mobile number for a notice when few people are ahead', example: '081234567890' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;
}

export class OpenCounterDto {
  @ApiProperty({ example: 'mpp-kota-bogor' })
  @IsString()
  @Matches(CODE, { message: 'siteCode must be lowercase letters, digits and dashes' })
  siteCode!: string;

  @ApiPropertyOptional({ description: 'Services this counter calls; all of the agency’s when left out', example: ['ktp-el'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(CODE, { each: true, message: 'each service code must be lowercase letters, digits and dashes' })
  services?: string[];
}

export class CallTicketDto {
  @ApiProperty({ example: 'A-007', description: 'A waiting ticket out of order (supervisors), or one this counter held' })
  @IsString()
  @MaxLength(10)
  ticketNumber!: string;
}

export class TransferTicketDto {
  @ApiProperty({ example: 'dpmptsp' })
  @IsString()
  @Matches(CODE, { message: 'agencyCode must be lowercase letters, digits and dashes' })
  agencyCode!: string;

  @ApiProperty({ example: 'izin-usaha' })
  @IsString()
  @Matches(CODE, { message: 'serviceCode must be lowercase letters, digits and dashes' })
  serviceCode!: string;
}
