import { Injectable } from '@nestjs/common';

import { NotFoundError, parsePairingCode } from '@mpp/domain';
import { DevicePairingsRepository, DevicesRepository, Transactions } from '@mpp/persistence';
import { AuditLog, hashSecret, newDeviceToken, newId } from '@mpp/platform';

import type { PairDeviceRequest, PairedDeviceDto } from './device-pairing.dto';

/** A kiosk or board trades a pairing code for its token: the device is registered in the same transaction, audited. */
@Injectable()
export class DevicePairingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly pairings: DevicePairingsRepository,
    private readonly devices: DevicesRepository,
    private readonly audit: AuditLog,
  ) {}

  async pair(input: PairDeviceRequest, requestId: string): Promise<PairedDeviceDto> {
    const code = parsePairingCode(input.code);
    const { token, prefix, hash } = newDeviceToken();
    const id = newId();
    const device = await this.transactions.run(async (tx) => {
      const pairing = await this.pairings.claim(hashSecret(code), id, new Date(), tx);
      if (!pairing)
        throw new NotFoundError('PAIRING_CODE_INVALID', 'No pairing code like this is waiting: ask the region admin for a new one', 'code');
      const inserted = await this.devices.insert(
        {
          regionCode: pairing.regionCode,
          id,
          siteCode: pairing.siteCode,
          kind: pairing.kind,
          name: pairing.name,
          tokenPrefix: prefix,
          tokenHash: hash,
          createdBy: pairing.createdBy,
        },
        tx,
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
        tx,
      );
      return inserted;
    });
    return { token, id: device.id, regionCode: device.regionCode, siteCode: device.siteCode, kind: device.kind, name: device.name };
  }
}
