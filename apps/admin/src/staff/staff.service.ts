import { Injectable } from '@nestjs/common';

import {
  canReachRecord,
  checkNewPassword,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Page,
  pageOf,
  PageRequest,
  type Principal,
  type StaffScope,
  staffScope,
} from '@mpp/domain';
import { RefreshTokensRepository, type StaffAccount, StaffAccountsRepository, Transactions } from '@mpp/persistence';
import { type ActingRequest, AuditLog, newId, PasswordHasher, regionScope, SessionVersions } from '@mpp/platform';

import type { CreateStaffRequest, ListStaffQuery, StaffDto, UpdateStaffRequest } from './staff.dto';
import { StaffDeploymentPolicy } from './staff-deployment.policy';

const notFound = () => new NotFoundError('STAFF_NOT_FOUND', 'No staff account with this id is visible to you', 'id');

/** Staff accounts, managed by national admins (anywhere) and region admins (their region). */
@Injectable()
export class StaffService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: StaffAccountsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly sessions: SessionVersions,
    private readonly deployment: StaffDeploymentPolicy,
  ) {}

  async create(body: CreateStaffRequest, request: ActingRequest): Promise<StaffDto> {
    const principal = request.principal;
    const scope = staffScope(body);
    this.assertMayGrant(principal, scope);
    await this.deployment.assertDeployed(scope);
    checkNewPassword(body.password, body.email, 'password');
    if (await this.accounts.findByEmail(body.email)) {
      throw new ConflictError('STAFF_EMAIL_TAKEN', 'An account with this email exists', 'email', 'sudah dipakai akun lain');
    }
    const passwordHash = await this.hasher.hash(body.password);
    const account = await this.transactions.run(async (tx) => {
      const row = await this.accounts.insert(
        {
          id: newId(),
          email: body.email,
          displayName: body.displayName,
          passwordHash,
          role: scope.role,
          regionCode: scope.regionCode ?? null,
          agencyCode: scope.agencyCode ?? null,
          counterCode: scope.counterCode ?? null,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'staff.create',
          outcome: 'success',
          principal,
          regionCode: scope.regionCode,
          target: { type: 'staff', id: row.id },
          requestId: request.requestId,
          details: { role: scope.role },
        },
        tx,
      );
      return row;
    });
    return toStaffDto(account);
  }

  async list(query: ListStaffQuery, principal: Principal): Promise<Page<StaffDto>> {
    const filter = regionScope(principal, query.region);
    const page = PageRequest.of(query.page, query.pageSize);
    const { items, total } = await this.accounts.findPage(filter, page);
    return pageOf(page, items.filter((item) => canReachRecord(principal, item)).map(toStaffDto), total);
  }

  async get(id: string, principal: Principal): Promise<StaffDto> {
    return toStaffDto(await this.visible(id, principal));
  }

  async update(id: string, body: UpdateStaffRequest, request: ActingRequest): Promise<StaffDto> {
    const principal = request.principal;
    const account = await this.visible(id, principal);
    const scope = staffScope({
      role: body.role ?? account.role,
      regionCode: body.regionCode !== undefined ? body.regionCode : account.regionCode,
      agencyCode: body.agencyCode !== undefined ? body.agencyCode : account.agencyCode,
      counterCode: body.counterCode !== undefined ? body.counterCode : account.counterCode,
    });
    this.assertMayGrant(principal, scope);
    if (principal.kind === 'staff' && principal.accountId === id && (body.disabled || scope.role !== account.role)) {
      throw new ConflictError('STAFF_SELF_CHANGE', 'You cannot disable your own account or change your own role');
    }
    const scopeChanged =
      scope.role !== account.role ||
      (scope.regionCode ?? null) !== account.regionCode ||
      (scope.agencyCode ?? null) !== account.agencyCode ||
      (scope.counterCode ?? null) !== account.counterCode;
    // Only a new binding is checked: disabling or renaming an account of a since-dropped agency still works.
    if (scopeChanged) await this.deployment.assertDeployed(scope);
    const disabledAt = body.disabled === undefined ? account.disabledAt : body.disabled ? (account.disabledAt ?? new Date()) : null;
    const endsSessions = scopeChanged || (disabledAt !== null && !account.disabledAt);
    await this.transactions.run(async (tx) => {
      await this.accounts.update(
        id,
        {
          displayName: body.displayName ?? account.displayName,
          role: scope.role,
          regionCode: scope.regionCode ?? null,
          agencyCode: scope.agencyCode ?? null,
          counterCode: scope.counterCode ?? null,
          disabledAt,
        },
        tx,
      );
      // A changed role or a disabled account must not live on in issued refresh or access tokens.
      if (endsSessions) {
        await this.refreshTokens.revokeAllOfAccount(id, tx);
        await this.accounts.raiseSessionVersion(id, tx);
      }
      if (scopeChanged) {
        await this.audit.record(
          {
            action: 'staff.role_change',
            outcome: 'success',
            principal,
            regionCode: scope.regionCode ?? account.regionCode ?? undefined,
            target: { type: 'staff', id },
            requestId: request.requestId,
            details: { from: account.role, to: scope.role, fromRegion: account.regionCode, toRegion: scope.regionCode ?? null },
          },
          tx,
        );
      }
    });
    if (endsSessions) await this.sessions.revoked(id);
    return this.get(id, principal);
  }

  /**
   * An admin sets a new password for a staff member who lost theirs: the lockout is lifted
   * and every session of the account ends. Admins change their own through /v1/auth/password.
   */
  async resetPassword(id: string, newPassword: string, request: ActingRequest): Promise<StaffDto> {
    const principal = request.principal;
    const account = await this.visible(id, principal);
    if (principal.kind === 'staff' && principal.accountId === id) {
      throw new ConflictError('STAFF_SELF_CHANGE', 'Change your own password with POST /v1/auth/password');
    }
    checkNewPassword(newPassword, account.email);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      await this.accounts.update(
        id,
        { passwordHash, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null, mustChangePassword: true },
        tx,
      );
      await this.refreshTokens.revokeAllOfAccount(id, tx);
      await this.accounts.raiseSessionVersion(id, tx);
      await this.audit.record(
        {
          action: 'staff.password_reset',
          outcome: 'success',
          principal,
          regionCode: account.regionCode ?? undefined,
          target: { type: 'staff', id },
          requestId: request.requestId,
        },
        tx,
      );
    });
    await this.sessions.revoked(id);
    return this.get(id, principal);
  }

  private async visible(id: string, principal: Principal): Promise<StaffAccount> {
    const account = /^[0-9a-f-]{36}$/.test(id) ? await this.accounts.findById(id) : null;
    if (!account || !canReachRecord(principal, account)) throw notFound();
    return account;
  }

  /** A principal grants only what it could do itself: no national role from a region admin. */
  private assertMayGrant(principal: Principal, scope: StaffScope): void {
    if (!canReachRecord(principal, { regionCode: scope.regionCode ?? null, agencyCode: scope.agencyCode })) {
      throw new ForbiddenError('OUT_OF_SCOPE', 'You may only manage accounts of your own region');
    }
  }
}

export function toStaffDto(account: StaffAccount): StaffDto {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    regionCode: account.regionCode,
    agencyCode: account.agencyCode,
    counterCode: account.counterCode,
    disabled: account.disabledAt !== null,
    lockedUntil: account.lockedUntil && account.lockedUntil.getTime() > Date.now() ? account.lockedUntil.toISOString() : null,
    createdAt: account.createdAt.toISOString(),
  };
}
