import { Injectable } from '@nestjs/common';

import type { ApiKeyPrincipal } from '@mpp/domain';
import { ApiKeysRepository } from '@mpp/persistence';

import { ApiError } from '../errors/error-body';
import { secretMatches } from './secret-token';

export const API_KEY_PATTERN = /^mpp_([a-z2-9]{10})_([A-Za-z0-9_-]{43})$/;

const INVALID_KEY = () => new ApiError(401, 'API_KEY_INVALID', 'The API key is unknown, expired or revoked');

/** Turns an `X-API-Key` header into the integrator it belongs to, or refuses it. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly recognised = new Map<string, { keyId: string; until: number }>();

  constructor(private readonly keys: ApiKeysRepository) {}

  /**
   * The id of a live key, for rate limits: checked like `authenticate` but without recording
   * its use, and remembered for 10 seconds per process (a revocation shows within that).
   * Undefined for anything that is not a live key, so made-up keys buy no budget of their own.
   */
  async recognise(header: string, now = Date.now()): Promise<string | undefined> {
    const cached = this.recognised.get(header);
    if (cached && cached.until > now) return cached.keyId;
    const match = API_KEY_PATTERN.exec(header.trim());
    if (!match) return undefined;
    const key = await this.keys.findByPrefix(match[1]);
    if (!key || !secretMatches(match[2], key.secretHash) || key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= now)) {
      return undefined;
    }
    if (this.recognised.size > 10_000) this.recognised.clear();
    this.recognised.set(header, { keyId: key.id, until: now + 10_000 });
    return key.id;
  }

  async authenticate(header: string): Promise<ApiKeyPrincipal> {
    const match = API_KEY_PATTERN.exec(header.trim());
    if (!match) throw INVALID_KEY();
    const key = await this.keys.findByPrefix(match[1]);
    if (!key || !secretMatches(match[2], key.secretHash)) throw INVALID_KEY();
    if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now())) throw INVALID_KEY();
    await this.keys.touch(key.id);
    return {
      kind: 'api-key',
      keyId: key.id,
      scopes: key.scopes,
      regionCode: key.regionCode ?? undefined,
      agencyCode: key.agencyCode ?? undefined,
    };
  }
}
