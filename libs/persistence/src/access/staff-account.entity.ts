import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { Role } from '@mpp/domain';

import type { StaffAccount } from './staff-account.record';

@Entity({ name: 'staff_account' })
export class StaffAccountEntity implements StaffAccount {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Stored lowercase; the login key. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ name: 'region_code', type: 'varchar', length: 5, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'agency_code', type: 'varchar', length: 40, nullable: true })
  agencyCode!: string | null;

  @Column({ name: 'counter_code', type: 'varchar', length: 40, nullable: true })
  counterCode!: string | null;

  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Raised whenever the account's access must end at once; access tokens carry it (sv). */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion!: number;

  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  passwordChangedAt!: Date;

  /** Set by an admin's reset: the account must choose its own password before anything else. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
