import { Injectable } from '@nestjs/common';

import { type DeviceKind, DevicesRepository } from '@mpp/persistence';

import { ApiError } from '../errors/error-body';
import { newKeyPrefix, newSecret, secretMatches } from './secret-token';

export const DEVICE_TOKEN_HEADER = 'x-device-token';
export const DEVICE_TOKEN_PATTERN = /^mppd_([a-z2-9]{10})_([A-Za-z0-9_-]{43})$/;

/** A registered kiosk or board, as the guard leaves it on the request. */
export interface DevicePrincipal {
  id: string;
  regionCode: string;
  siteCode: string;
  kind: DeviceKind;
}

/** How long a checked token is trusted without asking the database again: a revocation takes effect within this. */
const TRUST_MS = 10_000;

/**
 * Turns an `X-Device-Token` header into the kiosk or board it belongs to. Kiosks call at the
 * opening burst rate, so a checked token is remembered for a few seconds per process.
 */
@Injectable()
export class DeviceAuthenticator {
  private readonly trusted = new Map<string, { device: DevicePrincipal; until: number }>();

  constructor(private readonly devices: DevicesRepository) {}

  async authenticate(header: string, now = Date.now()): Promise<DevicePrincipal> {
    const cached = this.trusted.get(header);
    if (cached && cached.until > now) return cached.device;
    const match = DEVICE_TOKEN_PATTERN.exec(header.trim());
    if (!match) throw invalid();
    const row = await this.devices.findByPrefix(match[1]);
    if (!row || row.revokedAt || !secretMatches(match[2], row.tokenHash)) throw invalid();
    const device: DevicePrincipal = { id: row.id, regionCode: row.regionCode, siteCode: row.siteCode, kind: row.kind };
    if (this.trusted.size > 10_000) this.trusted.clear();
    this.trusted.set(header, { device, until: now + TRUST_MS });
    return device;
  }
}

function invalid(): ApiError {
  return new ApiError(401, 'DEVICE_TOKEN_INVALID', 'The device token is unknown or revoked; register the kiosk or board again');
}

/** A new device token, `mppd_<prefix>_<secret>`: shown once to the admin who registers the device, stored as a hash. */
export function newDeviceToken(): { token: string; prefix: string; hash: Buffer } {
  const prefix = newKeyPrefix();
  const { secret, hash } = newSecret();
  return { token: `mppd_${prefix}_${secret}`, prefix, hash };
}
