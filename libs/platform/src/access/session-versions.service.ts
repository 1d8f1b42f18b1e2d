import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';

import { StaffAccountsRepository } from '@mpp/persistence';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/runtime-context';
import { closeRedis } from '../redis/close-redis';

interface CachedState {
  sessionVersion: number;
  disabled: boolean;
  readAt: number;
}

/**
 * Decides whether an access token's session is still current (ADR 0007). Each access token
 * carries its account's session version; disabling, re-scoping, a password reset or change
 * and a refresh-token reuse raise the version in the database. An instance reads an account's
 * version at most once per AUTH_SESSION_CHECK_MS, so a request costs no database round trip,
 * and a revocation reaches every instance within that time; with REDIS_URL it is announced on
 * a channel and every instance forgets its cached state at once.
 */
@Injectable()
export class SessionVersions implements OnModuleDestroy {
  private readonly logger = new Logger('SessionVersions');
  private readonly cache = new Map<string, CachedState>();
  private readonly channel: string;
  private readonly publisher?: Redis;
  private readonly subscriber?: Redis;

  constructor(
    private readonly accounts: StaffAccountsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.channel = `${config.redis.keyPrefix}session-revoked`;
    if (config.redis.url) {
      const options = { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false };
      this.publisher = new Redis(config.redis.url, options);
      this.subscriber = new Redis(config.redis.url, { ...options, enableOfflineQueue: true });
      for (const client of [this.publisher, this.subscriber])
        client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
      this.subscriber.on('message', (_channel: string, accountId: string) => this.cache.delete(accountId));
      // After a reconnect, notices sent meanwhile are lost: forget everything rather than trust it.
      this.subscriber.on('ready', () => this.cache.clear());
      void this.subscriber.subscribe(this.channel).catch((error: Error) => this.logger.warn(`Redis subscribe: ${error.message}`));
    }
  }

  /** True when a token of `tokenVersion` for the account may still be used. */
  async isCurrent(accountId: string, tokenVersion: number): Promise<boolean> {
    const now = Date.now();
    let state = this.cache.get(accountId);
    if (!state || now - state.readAt >= this.config.auth.sessionCheckMs) {
      const read = await this.accounts.sessionStateOf(accountId);
      if (!read) {
        this.cache.delete(accountId);
        return false;
      }
      state = { ...read, readAt: now };
      this.cache.set(accountId, state);
      if (this.cache.size > 50_000) this.cache.delete(this.cache.keys().next().value as string);
    }
    return !state.disabled && state.sessionVersion === tokenVersion;
  }

  /** Call after the transaction that raised the account's version has committed. */
  async revoked(accountId: string): Promise<void> {
    this.cache.delete(accountId);
    if (!this.publisher) return;
    try {
      await this.publisher.publish(this.channel, accountId);
    } catch (error) {
      // Redis is down: the other instances notice within AUTH_SESSION_CHECK_MS all the same.
      this.logger.warn(`announcing a revoked session through Redis failed (${(error as Error).message})`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.publisher, this.subscriber].map((client) => client && closeRedis(client)));
  }
}
