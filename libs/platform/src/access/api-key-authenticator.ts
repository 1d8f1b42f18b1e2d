import type { ApiKeyPrincipal } from '@mpp/domain';
import { ApiKeysRepository } from '@mpp/persistence';
import { Injectable } from '@nestjs/common';
import { ApiError } from '../errors/error-body';
import { secretMatches } from './secret-token';

export const API_KEY_PATTERN = /^mpp_([a-z2-9]{10})_([A-Za-z0-9_-]{43})$/;

const INVALID_KEY = () => new ApiError(401, 'API_KEY_INVALID', 'The API key is unknown, expired or revoked');

/** Turns an `X-API-Key` header into the integrator it belongs to, or refuses it. */
@Injectable()
export class ApiKeyAuthenticator {
  constructor(private readonly keys: ApiKeysRepository) {}

  async authenticate(header: string): Promise<ApiKeyPrincipal> {
    const match = API_KEY_PATTERN.exec(header.trim());
    if (!match) throw INVALID_KEY();
    const key = await this.keys.findByPrefix(match[1]);
    if (!key || !secretMatches(match[2], key.secretHash)) throw INVALID_KEY();
    if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now())) throw INVALID_KEY();
    await this.keys.touch(key.id);
    return { kind: 'api-key', keyId: key.id, scopes: key.scopes, regionCode: key.regionCode ?? undefined };
  }
}

/** The prefix of a well-formed key, for rate limits: cheap, no database. */
export function apiKeyPrefixOf(header: string | undefined): string | undefined {
  return header ? API_KEY_PATTERN.exec(header.trim())?.[1] : undefined;
}
