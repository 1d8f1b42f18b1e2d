import { NotFoundError, parsePairingCode } from '@mpp/domain';
import { DevicePairingsRepository, DevicesRepository } from '@mpp/persistence';
import { AuditLog, hashSecret, newDeviceToken, newId } from '@mpp/platform';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';

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

/** A kiosk or board trades a pairing code for its token: the device is registered in the same transaction, audited. */
@Injectable()
export class DevicePairingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pairings: DevicePairingsRepository,
    private readonly devices: DevicesRepository,
    private readonly audit: AuditLog,
  ) {}

  async pair(input: PairDeviceRequest, requestId: string): Promise<PairedDeviceDto> {
    const code = parsePairingCode(input.code);
    const { token, prefix, hash } = newDeviceToken();
    const id = newId();
    const device = await this.dataSource.transaction(async (manager) => {
      const pairing = await this.pairings.claim(hashSecret(code), id, new Date(), manager);
      if (!pairing) throw new NotFoundError('PAIRING_CODE_INVALID', 'No pairing code like this is waiting: ask the region admin for a new one', 'code');
      const inserted = await this.devices.insert(
        { regionCode: pairing.regionCode, id, siteCode: pairing.siteCode, kind: pairing.kind, name: pairing.name, tokenPrefix: prefix, tokenHash: hash, createdBy: pairing.createdBy },
        manager,
      );
      await this.audit.record(
        {
          action: 'device.pair',
          outcome: 'success',
          regionCode: pairing.regionCode,
          target: { type: 'device', id: inserted.id },
          requestId,
          details: { site: inserted.siteCode, kind: inserted.kind, pairedFor: pairing.createdBy },
        },
        manager,
      );
      return inserted;
    });
    return { token, id: device.id, regionCode: device.regionCode, siteCode: device.siteCode, kind: device.kind, name: device.name };
  }
}
