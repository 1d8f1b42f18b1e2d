import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import type { StaffPrincipal } from '@mpp/domain';

import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { ApiError } from '../errors/error-body';
import { SessionVersions } from './session-versions.service';
import { type AccessClaims, TokenService } from './token.service';

const TOKEN_INVALID = () => new ApiError(401, 'TOKEN_INVALID', 'The access token is invalid or expired; refresh it or sign in again');

/**
 * Bearer access tokens: HS256 only (never `none`), our issuer and audience, not expired (the
 * JwtModule's verify options), and of the account's current session (ADR 0007). Verified here
 * rather than through a passport strategy: passport keeps strategies in one registry per
 * process, so two app instances in one process (as the tests run them) would share one.
 */
@Injectable()
export class BearerAuthenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionVersions,
  ) {}

  async authenticate(authorization: string): Promise<StaffPrincipal> {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw TOKEN_INVALID();
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(match[1]);
    } catch {
      throw TOKEN_INVALID();
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw TOKEN_INVALID();
    // A disabled, re-scoped or re-passworded account's older tokens end here, not at expiry.
    let current: boolean;
    try {
      current = await this.sessions.isCurrent(claims.sub, typeof claims.sv === 'number' ? claims.sv : 0);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      throw TOKEN_INVALID();
    }
    if (!current) throw TOKEN_INVALID();
    return TokenService.principalOf(claims);
  }
}
