import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class PairDeviceRequest {
  @ApiProperty({ example: 'K7MQ-4XPA', description: 'The code the region admin created; case, spaces and dashes do not matter' })
  @IsString()
  @MaxLength(20)
  code!: string;
}

export class PairedDeviceDto {
  @ApiProperty({ description: 'The device’s own token, shown once: send it as X-Device-Token', example: 'mppd_k3m9q2x7ab_…' })
  token!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
  @ApiProperty({ enum: ['kiosk', 'board'] }) kind!: string;
  @ApiProperty({ example: 'Kiosk lobi utara' }) name!: string;
}
