import { randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { afterFailedLogin, afterSuccessfulLogin, checkNewPassword, isLocked, type StaffPrincipal } from '@mpp/domain';
import { RefreshTokensRepository, type StaffAccount, StaffAccountsRepository, Transactions, type Tx } from '@mpp/persistence';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/runtime-context';
import { ApiError } from '../errors/error-body';
import { AuditLog } from './audit-log.service';
import { PasswordHasher } from './password-hasher';
import { newId, newSecret, secretMatches } from './secret-token';
import { SessionVersions } from './session-versions.service';
import { TokenService } from './token.service';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

type LoginResult = { kind: 'signed-in'; pair: TokenPair } | { kind: 'locked'; until: Date } | { kind: 'invalid' };

const INVALID_CREDENTIALS = () => new ApiError(401, 'INVALID_CREDENTIALS', 'The email or password is wrong');
const INVALID_REFRESH = () => new ApiError(401, 'REFRESH_TOKEN_INVALID', 'The refresh token is invalid, expired or revoked; sign in again');

export function principalOfAccount(account: StaffAccount): StaffPrincipal {
  return {
    kind: 'staff',
    accountId: account.id,
    role: account.role,
    regionCode: account.regionCode ?? undefined,
    agencyCode: account.agencyCode ?? undefined,
    counterCode: account.counterCode ?? undefined,
    ...(account.mustChangePassword && { mustChangePassword: true }),
  };
}

/** Sign-in, token rotation, sign-out and password change for staff accounts. */
@Injectable()
export class AuthService {
  /** Checked when the email is unknown, so a wrong email takes as long as a wrong password. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: StaffAccountsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionVersions,
  ) {
    this.decoyHash = hasher.hash(randomBytes(16).toString('hex'));
  }

  async login(email: string, password: string, requestId: string): Promise<TokenPair> {
    const found = await this.accounts.findByEmail(email);
    if (!found) {
      await this.hasher.verify(await this.decoyHash, password);
      await this.audit.record({ action: 'auth.login', outcome: 'failure', requestId, details: { reason: 'unknown_account' } });
      throw INVALID_CREDENTIALS();
    }
    // The account row stays locked from reading the failure count to writing it back, so a
    // burst of parallel guesses is counted exactly and cannot slip past the lockout.
    const result = await this.transactions.run(async (tx): Promise<LoginResult> => {
      const account = await this.accounts.findByIdForUpdate(found.id, tx);
      if (!account) return { kind: 'invalid' };
      const actor = { actorType: 'staff' as const, actorId: account.id };
      const regionCode = account.regionCode ?? undefined;
      const record = (action: string, outcome: 'failure' | 'denied', details: Record<string, unknown>) =>
        this.audit.record({ action, outcome, actor, regionCode, requestId, details }, tx);
      const now = new Date();
      if (account.disabledAt) {
        await record('auth.login', 'denied', { reason: 'disabled' });
        return { kind: 'invalid' };
      }
      if (isLocked(account, now)) {
        await record('auth.login', 'denied', { reason: 'locked' });
        return { kind: 'locked', until: account.lockedUntil as Date };
      }
      if (!(await this.hasher.verify(account.passwordHash, password))) {
        const next = afterFailedLogin(account, now);
        await this.accounts.update(account.id, next, tx);
        const locked = isLocked(next, now);
        await record(locked ? 'auth.lockout' : 'auth.login', 'failure', {
          reason: 'wrong_password',
          ...(locked && { lockedUntil: next.lockedUntil?.toISOString() }),
        });
        return { kind: 'invalid' };
      }
      // Hashes of an older scheme or cost (scrypt before decision 0006) are replaced while the
      // password is known to be right.
      const rehashed = this.hasher.needsRehash(account.passwordHash) ? { passwordHash: await this.hasher.hash(password) } : {};
      await this.accounts.update(account.id, { ...afterSuccessfulLogin(), ...rehashed }, tx);
      const principal = principalOfAccount(account);
      const pair = await this.issuePair(principal, account.sessionVersion, newId(), tx);
      await this.audit.record({ action: 'auth.login', outcome: 'success', principal, regionCode, requestId }, tx);
      return { kind: 'signed-in', pair };
    });
    if (result.kind === 'signed-in') return result.pair;
    if (result.kind === 'locked') {
      const seconds = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000));
      throw new ApiError(
        423,
        'ACCOUNT_LOCKED',
        `Too many failed sign-ins; try again after ${result.until.toISOString()}`,
        undefined,
        seconds,
      );
    }
    throw INVALID_CREDENTIALS();
  }

  /**
   * Rotates a refresh token: the presented one is used up and a new one of the same family
   * issued. Presenting a used token again means it was copied: the whole family is revoked.
   */
  async refresh(presented: string, requestId: string): Promise<TokenPair> {
    const [id, secret] = splitRefreshToken(presented);
    const stored = id ? await this.refreshTokens.findById(id) : null;
    if (!stored || !secret || !secretMatches(secret, stored.secretHash)) throw INVALID_REFRESH();
    const account = await this.accounts.findById(stored.accountId);
    if (!account || account.disabledAt) throw INVALID_REFRESH();
    const outcome = await this.transactions.run(async (tx) => {
      if (!(await this.refreshTokens.consume(stored.id, tx))) {
        if (stored.usedAt && !stored.revokedAt) {
          // A copied refresh token: end the family and every access token of the account.
          await this.refreshTokens.revokeFamily(stored.familyId, tx);
          await this.accounts.raiseSessionVersion(account.id, tx);
          await this.audit.record(
            {
              action: 'auth.refresh_reuse',
              outcome: 'denied',
              actor: { actorType: 'staff', actorId: account.id },
              regionCode: account.regionCode ?? undefined,
              requestId,
            },
            tx,
          );
        }
        return stored.usedAt && !stored.revokedAt ? 'reused' : undefined;
      }
      return this.issuePair(principalOfAccount(account), account.sessionVersion, stored.familyId, tx);
    });
    if (outcome === 'reused') await this.sessions.revoked(account.id);
    if (!outcome || outcome === 'reused') throw INVALID_REFRESH();
    return outcome;
  }

  /** Ends the session the refresh token belongs to; unknown tokens are ignored (nothing to end). */
  async logout(presented: string, requestId: string): Promise<void> {
    const [id, secret] = splitRefreshToken(presented);
    const stored = id ? await this.refreshTokens.findById(id) : null;
    if (!stored || !secret || !secretMatches(secret, stored.secretHash)) return;
    await this.refreshTokens.revokeFamily(stored.familyId);
    await this.audit.record({
      action: 'auth.logout',
      outcome: 'success',
      actor: { actorType: 'staff', actorId: stored.accountId },
      requestId,
    });
  }

  async changePassword(principal: StaffPrincipal, currentPassword: string, newPassword: string, requestId: string): Promise<void> {
    const account = await this.accounts.findById(principal.accountId);
    if (!account || account.disabledAt) throw new ApiError(401, 'UNAUTHENTICATED', 'The account no longer exists or is disabled');
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await this.audit.record({
        action: 'auth.password_change',
        outcome: 'failure',
        principal,
        regionCode: principal.regionCode,
        requestId,
        details: { reason: 'wrong_password' },
      });
      throw new ApiError(400, 'CURRENT_PASSWORD_WRONG', 'The current password is wrong', [
        { path: 'currentPassword', message: 'does not match', indonesian: 'tidak cocok' },
      ]);
    }
    checkNewPassword(newPassword, account.email);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      await this.accounts.update(account.id, { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false }, tx);
      // Every session of the account ends: a changed password is often a suspected leak.
      await this.refreshTokens.revokeAllOfAccount(account.id, tx);
      await this.accounts.raiseSessionVersion(account.id, tx);
      await this.audit.record(
        { action: 'auth.password_change', outcome: 'success', principal, regionCode: principal.regionCode, requestId },
        tx,
      );
    });
    await this.sessions.revoked(account.id);
  }

  private async issuePair(principal: StaffPrincipal, sessionVersion: number, familyId: string, tx: Tx): Promise<TokenPair> {
    const id = newId();
    const { secret, hash } = newSecret();
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    await this.refreshTokens.insert({ id, accountId: principal.accountId, familyId, secretHash: hash, expiresAt }, tx);
    return {
      accessToken: await this.tokens.issueAccessToken(principal, sessionVersion),
      tokenType: 'Bearer',
      expiresIn: this.tokens.accessTokenTtlSeconds,
      refreshToken: `${id}.${secret}`,
      refreshTokenExpiresAt: expiresAt.toISOString(),
    };
  }
}

function splitRefreshToken(token: string): [string | undefined, string | undefined] {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? [match[1], match[2]] : [undefined, undefined];
}
