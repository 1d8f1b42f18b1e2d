import type { Role } from '@mpp/domain';

/** A staff account as the layers above persistence see it: a plain record, never the TypeORM entity. */
export interface StaffAccount {
  id: string;
  /** Stored lowercase; the login key. */
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  regionCode: string | null;
  agencyCode: string | null;
  counterCode: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  /** Raised whenever the account's access must end at once; access tokens carry it (sv). */
  sessionVersion: number;
  passwordChangedAt: Date;
  /** Set by an admin's password reset: until the owner picks a new password, only that is allowed. */
  mustChangePassword: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type NewStaffAccount = Pick<
  StaffAccount,
  'id' | 'email' | 'displayName' | 'passwordHash' | 'role' | 'regionCode' | 'agencyCode' | 'counterCode'
> &
  Partial<Pick<StaffAccount, 'mustChangePassword'>>;
