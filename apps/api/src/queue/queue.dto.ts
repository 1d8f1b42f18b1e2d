import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { PRIORITY_GROUPS } from '@mpp/domain';
import { IsDeploymentCode } from '@mpp/platform';

/** Which service of which agency a request is about. */
export class ServiceRefDto {
  @ApiProperty({ example: 'disdukcapil' })
  @IsDeploymentCode()
  agencyCode!: string;

  @ApiProperty({ example: 'ktp-el' })
  @IsDeploymentCode()
  serviceCode!: string;
}

export class TakeTicketDto extends ServiceRefDto {
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
  @IsDeploymentCode()
  siteCode!: string;

  @ApiPropertyOptional({ description: 'Services this counter calls; all of the agency’s when left out', example: ['ktp-el'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsDeploymentCode({ each: true })
  services?: string[];
}

export class CallTicketDto {
  @ApiProperty({ example: 'A-007', description: 'A waiting ticket out of order (supervisors), or one this counter held' })
  @IsString()
  @MaxLength(10)
  ticketNumber!: string;
}

/** Where a transferred ticket goes: another service or agency at the same site. */
export class TransferTicketDto extends ServiceRefDto {}
