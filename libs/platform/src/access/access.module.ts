import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';

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
import { AccessGuard } from './access.guard';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { AuditLog } from './audit-log.service';
import { AuthService } from './auth.service';
import { BearerAuthenticator } from './bearer-authenticator';
import { DeviceAuthenticator } from './device-authenticator';
import { PasswordHasher } from './password-hasher';
import { RATE_LIMITS, RateLimitGuard } from './rate-limit.guard';
import { RATE_LIMIT_STORAGE, RateLimitCounters } from './rate-limit-counters.storage';
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
        // With REDIS_URL every instance shares one budget; without it each process counts its own.
        {
          provide: RATE_LIMIT_STORAGE,
          useFactory: () =>
            context.config.redis.url
              ? new RedisThrottlerStorage(context.config.redis.url, context.config.redis.keyPrefix)
              : new RateLimitCounters(),
        },
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
        // Not global: auditWriteRoutes (createHttpApp) puts it on the write routes only.
        WriteAuditInterceptor,
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
