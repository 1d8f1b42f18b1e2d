import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

import { IsDeploymentCode } from '@mpp/platform';

export class RegisterDeviceRequest {
  @ApiProperty({ example: 'mpp-kota-bogor' })
  @IsDeploymentCode()
  siteCode!: string;

  @ApiProperty({ enum: ['kiosk', 'board'], description: 'A kiosk prints tickets and checks in bookings; a board shows calls' })
  @IsIn(['kiosk', 'board'])
  kind!: 'kiosk' | 'board';

  @ApiProperty({ example: 'Kiosk lobi utara' })
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  name!: string;
}

export class DeviceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
  @ApiProperty({ enum: ['kiosk', 'board'] }) kind!: string;
  @ApiProperty({ example: 'Kiosk lobi utara' }) name!: string;
  @ApiProperty({ example: 'k3m9q2x7ab', description: 'Names the token in listings; not a secret' }) tokenPrefix!: string;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) revokedAt!: string | null;
}

export class RegisteredDeviceDto extends DeviceDto {
  @ApiProperty({ description: 'Shown once: configure it on the device as X-Device-Token', example: 'mppd_k3m9q2x7ab_…' })
  token!: string;
}

export class DeviceListDto {
  @ApiProperty({ type: [DeviceDto] }) items!: DeviceDto[];
}

export class PairingCodeDto {
  @ApiProperty({ example: 'K7MQ-4XPA', description: 'Type it on the kiosk or board (its /kiosk or /papan page); works once' })
  code!: string;
  @ApiProperty({ description: 'The code works until then (15 minutes)' }) expiresAt!: string;
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
  @ApiProperty({ enum: ['kiosk', 'board'] }) kind!: string;
  @ApiProperty({ example: 'Kiosk lobi utara' }) name!: string;
}
