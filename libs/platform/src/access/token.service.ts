import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import type { Role, StaffPrincipal } from '@mpp/domain';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/runtime-context';

export const TOKEN_ISSUER = 'mpp-platform';
export const TOKEN_AUDIENCE = 'mpp';

/** Claims of an access token: the staff member's role and scope, nothing personal. */
export interface AccessClaims {
  sub: string;
  typ: 'access';
  role: Role;
  reg?: string;
  agy?: string;
  ctr?: string;
  /** The account's session version when the token was issued (ADR 0007); absent means 0. */
  sv?: number;
  /** Present: the account must change its password before anything else. */
  pwc?: true;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get accessTokenTtlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  issueAccessToken(principal: StaffPrincipal, sessionVersion = 0): Promise<string> {
    const claims: AccessClaims = {
      sub: principal.accountId,
      typ: 'access',
      sv: sessionVersion,
      role: principal.role,
      ...(principal.regionCode && { reg: principal.regionCode }),
      ...(principal.agencyCode && { agy: principal.agencyCode }),
      ...(principal.counterCode && { ctr: principal.counterCode }),
      ...(principal.mustChangePassword && { pwc: true as const }),
    };
    return this.jwt.signAsync(claims, { expiresIn: this.config.auth.accessTokenTtlSeconds });
  }

  static principalOf(claims: AccessClaims): StaffPrincipal {
    return {
      kind: 'staff',
      accountId: claims.sub,
      role: claims.role,
      regionCode: claims.reg,
      agencyCode: claims.agy,
      counterCode: claims.ctr,
      ...(claims.pwc && { mustChangePassword: true }),
    };
  }
}
