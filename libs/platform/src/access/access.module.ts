import { type DynamicModule, type ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';

import {
  ApiKeysRepository,
  AuditLogRepository,
  DevicesRepository,
  RefreshTokensRepository,
  StaffAccountsRepository,
  Transactions,
} from '@mpp/persistence';

import type { RuntimeContext } from '../config/runtime-context';
import { repositoryProvider } from '../database/repository-provider';
import { LOGIN_RATE_LIMIT } from './access.decorators';
import { AccessGuard } from './access.guard';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { AuditLog } from './audit-log.service';
import { AuthService } from './auth.service';
import { BearerAuthenticator } from './bearer-authenticator';
import { DeviceAuthenticator } from './device-authenticator';
import { PasswordHasher } from './password-hasher';
import { clientIpTracker, RATE_LIMITS, RateLimitGuard } from './rate-limit.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { SessionVersions } from './session-versions.service';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, TokenService } from './token.service';
import { WriteAuditInterceptor } from './write-audit.interceptor';

/** Authentication, the access guard, rate limits and the audit trail, for both apps. */
@Module({})
export class AccessModule {
  static forRoot(context: RuntimeContext): DynamicModule {
    const { rateLimits } = context.config;
    return {
      module: AccessModule,
      global: true,
      imports: [
        JwtModule.register({
          secret: context.authSecret,
          signOptions: { algorithm: 'HS256', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
          verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        }),
        // With REDIS_URL every instance shares one budget; without it each process counts its own.
        ThrottlerModule.forRoot({
          storage: context.config.redis.url
            ? new RedisThrottlerStorage(context.config.redis.url, context.config.redis.keyPrefix)
            : undefined,
          throttlers: [
            {
              name: 'default',
              ttl: 60_000,
              // Integrators' and devices' own budgets are set by RateLimitGuard once their credentials check out.
              limit: rateLimits.publicPerMinute,
            },
            {
              name: 'login',
              ttl: 60_000,
              limit: rateLimits.loginPerMinute,
              skipIf: (ctx) => !isLoginRoute(ctx),
              getTracker: clientIpTracker,
            },
          ],
        }),
      ],
      providers: [
        repositoryProvider(StaffAccountsRepository),
        repositoryProvider(RefreshTokensRepository),
        repositoryProvider(ApiKeysRepository),
        repositoryProvider(AuditLogRepository),
        repositoryProvider(DevicesRepository),
        repositoryProvider(Transactions),
        DeviceAuthenticator,
        { provide: RATE_LIMITS, useValue: rateLimits },
        PasswordHasher,
        TokenService,
        SessionVersions,
        BearerAuthenticator,
        ApiKeyAuthenticator,
        AuditLog,
        AuthService,
        // Order matters: a burst is refused before any credential is checked.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: WriteAuditInterceptor },
      ],
      exports: [
        StaffAccountsRepository,
        RefreshTokensRepository,
        ApiKeysRepository,
        AuditLogRepository,
        DevicesRepository,
        Transactions,
        PasswordHasher,
        AuditLog,
        AuthService,
        SessionVersions,
      ],
    };
  }
}

function isLoginRoute(context: ExecutionContext): boolean {
  return Reflect.getMetadata(LOGIN_RATE_LIMIT, context.getHandler()) === true;
}
