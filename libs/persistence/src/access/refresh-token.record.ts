/** One refresh token as the layers above persistence see it; rotation marks it used and issues the next of its family. */
export interface RefreshToken {
  id: string;
  accountId: string;
  familyId: string;
  secretHash: Buffer;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}
