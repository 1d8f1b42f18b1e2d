import { randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  actorOf,
  formatPairingCode,
  NotFoundError,
  PAIRING_CODE_LENGTH,
  PAIRING_CODE_TTL_MINUTES,
  pairingCodeFrom,
  RegionCode,
} from '@mpp/domain';
import { DevicePairingsRepository, type DeviceRow, DevicesRepository, Transactions } from '@mpp/persistence';
import { type ActingRequest, AuditLog, hashSecret, newDeviceToken, newId } from '@mpp/platform';

import type { DeviceDto, DeviceListDto, PairingCodeDto, RegisterDeviceRequest, RegisteredDeviceDto } from './device.dto';

/** Kiosks and boards of a region's sites: registered with a token shown once, revoked when lost or replaced. */
@Injectable()
export class DevicesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly devices: DevicesRepository,
    private readonly pairings: DevicePairingsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** A short code for the device to trade for its token (POST /v1/devices/pair on the API); only its hash is kept. */
  async pairingCode(regionCode: RegionCode, body: RegisterDeviceRequest, request: ActingRequest): Promise<PairingCodeDto> {
    const region = regionCode.value;
    const principal = request.principal;
    if (!(await this.devices.siteIsActive(region, body.siteCode)))
      throw new NotFoundError('SITE_NOT_FOUND', `No active site ${body.siteCode} in ${region}`, 'siteCode');
    const code = pairingCodeFrom(Array.from({ length: PAIRING_CODE_LENGTH }, () => randomInt(32)));
    const expiresAt = new Date(Date.now() + PAIRING_CODE_TTL_MINUTES * 60_000);
    await this.transactions.run(async (tx) => {
      await this.pairings.insert(
        {
          regionCode: region,
          codeHash: hashSecret(code),
          siteCode: body.siteCode,
          kind: body.kind,
          name: body.name,
          createdBy: actorOf(principal).actorId,
          expiresAt,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'device.pairing-code',
          outcome: 'success',
          principal,
          regionCode: region,
          target: { type: 'site', id: body.siteCode },
          requestId: request.requestId,
          details: { kind: body.kind, name: body.name },
        },
        tx,
      );
    });
    return { code: formatPairingCode(code), expiresAt: expiresAt.toISOString(), siteCode: body.siteCode, kind: body.kind, name: body.name };
  }

  async register(regionCode: RegionCode, body: RegisterDeviceRequest, request: ActingRequest): Promise<RegisteredDeviceDto> {
    const region = regionCode.value;
    const principal = request.principal;
    if (!(await this.devices.siteIsActive(region, body.siteCode)))
      throw new NotFoundError('SITE_NOT_FOUND', `No active site ${body.siteCode} in ${region}`, 'siteCode');
    const { token, prefix, hash } = newDeviceToken();
    const row = await this.transactions.run(async (tx) => {
      const inserted = await this.devices.insert(
        {
          regionCode: region,
          id: newId(),
          siteCode: body.siteCode,
          kind: body.kind,
          name: body.name,
          tokenPrefix: prefix,
          tokenHash: hash,
          createdBy: actorOf(principal).actorId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'device.register',
          outcome: 'success',
          principal,
          regionCode: region,
          target: { type: 'device', id: inserted.id },
          requestId: request.requestId,
          details: { site: inserted.siteCode, kind: inserted.kind },
        },
        tx,
      );
      return inserted;
    });
    return { ...toDto(row), token };
  }

  async list(regionCode: RegionCode): Promise<DeviceListDto> {
    return { items: (await this.devices.list(regionCode.value)).map(toDto) };
  }

  async revoke(regionCode: RegionCode, id: string, request: ActingRequest): Promise<DeviceDto> {
    const region = regionCode.value;
    const row = await this.transactions.run(async (tx) => {
      const revoked = await this.devices.revoke(region, id, tx);
      if (!revoked) throw new NotFoundError('DEVICE_NOT_FOUND', 'No device with this id in this region', 'id');
      await this.audit.record(
        {
          action: 'device.revoke',
          outcome: 'success',
          principal: request.principal,
          regionCode: region,
          target: { type: 'device', id: revoked.id },
          requestId: request.requestId,
        },
        tx,
      );
      return revoked;
    });
    return toDto(row);
  }
}

function toDto(row: DeviceRow): DeviceDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    siteCode: row.siteCode,
    kind: row.kind,
    name: row.name,
    tokenPrefix: row.tokenPrefix,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
  };
}
