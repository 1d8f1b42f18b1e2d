import type { DataSource } from 'typeorm';

import type { PageRequest } from '@mpp/domain';

import { managerOf, type Tx } from '../database/transactions';
import { StaffAccountEntity } from './staff-account.entity';
import type { NewStaffAccount, StaffAccount } from './staff-account.record';

export class StaffAccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(tx?: Tx) {
    return managerOf(this.dataSource, tx).getRepository(StaffAccountEntity);
  }

  findByEmail(email: string): Promise<StaffAccount | null> {
    return this.repo().findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string, tx?: Tx): Promise<StaffAccount | null> {
    return this.repo(tx).findOneBy({ id });
  }

  /** Reads the account and holds its row until the transaction `tx` ends. */
  findByIdForUpdate(id: string, tx: Tx): Promise<StaffAccount | null> {
    return this.repo(tx).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(account: NewStaffAccount, tx?: Tx): Promise<StaffAccount> {
    const now = new Date();
    const row: StaffAccount = {
      ...account,
      email: account.email.toLowerCase(),
      failedLogins: 0,
      lockedUntil: null,
      disabledAt: null,
      sessionVersion: 0,
      mustChangePassword: account.mustChangePassword ?? false,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await this.repo(tx).insert(row);
    return row;
  }

  async update(id: string, patch: Partial<Omit<StaffAccount, 'id' | 'createdAt'>>, tx?: Tx): Promise<void> {
    await this.repo(tx).update({ id }, { ...patch, updatedAt: new Date() });
  }

  /** Ends every access token issued so far: they carry an older version from now on. */
  async raiseSessionVersion(id: string, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE staff_account SET session_version = session_version + 1, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** What an access token is checked against: the current version, and whether the account may sign in at all. */
  async sessionStateOf(id: string): Promise<{ sessionVersion: number; disabled: boolean } | undefined> {
    const rows: Array<{ session_version: number; disabled: boolean }> = await this.dataSource.query(
      `SELECT session_version, disabled_at IS NOT NULL AS disabled FROM staff_account WHERE id = $1`,
      [id],
    );
    return rows[0] ? { sessionVersion: rows[0].session_version, disabled: rows[0].disabled } : undefined;
  }

  async countNationalAdmins(): Promise<number> {
    return this.repo().countBy({ role: 'national_admin' });
  }

  async findPage(filter: { regionCode?: string }, page: PageRequest): Promise<{ items: StaffAccount[]; total: number }> {
    const [items, total] = await this.repo().findAndCount({
      where: filter.regionCode ? { regionCode: filter.regionCode } : {},
      order: { email: 'ASC' },
      skip: page.offset,
      take: page.pageSize,
    });
    return { items, total };
  }
}
