import type { StaffPrincipal } from '@mpp/domain';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { RuntimeContext } from '../config/runtime-context';
import { type AccessClaims, TOKEN_AUDIENCE, TOKEN_ISSUER, TokenService } from './token.service';

export const AUTH_SECRET = Symbol('AUTH_SECRET');

/** Bearer access tokens: HS256 only (never `none`), our issuer and audience, not expired. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(AUTH_SECRET) secret: string) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: secret,
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessClaims): StaffPrincipal {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw new UnauthorizedException('Not an access token');
    return TokenService.principalOf(claims);
  }
}

export function authSecretProvider(context: RuntimeContext) {
  return { provide: AUTH_SECRET, useValue: context.authSecret };
}
