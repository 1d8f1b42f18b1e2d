import type { DataSource } from 'typeorm';

import { managerOf, type Tx } from '../database/transactions';
import { RefreshTokenEntity } from './refresh-token.entity';
import type { RefreshToken } from './refresh-token.record';

export class RefreshTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(token: Pick<RefreshToken, 'id' | 'accountId' | 'familyId' | 'secretHash' | 'expiresAt'>, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx)
      .getRepository(RefreshTokenEntity)
      .insert({ ...token, createdAt: new Date() });
  }

  findById(id: string, tx?: Tx): Promise<RefreshToken | null> {
    return managerOf(this.dataSource, tx).getRepository(RefreshTokenEntity).findOneBy({ id });
  }

  /**
   * Marks a live token used, in one statement, so two concurrent refreshes with the same
   * token cannot both succeed. Returns false when it was already used, revoked or expired.
   */
  async consume(id: string, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `UPDATE refresh_token SET used_at = now()
       WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
       RETURNING id`,
      [id],
    );
    return extractRows(rows).length === 1;
  }

  async revokeFamily(familyId: string, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [
      familyId,
    ]);
  }

  async revokeAllOfAccount(accountId: string, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(`UPDATE refresh_token SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [
      accountId,
    ]);
  }
}

/** TypeORM's postgres driver answers UPDATE ... RETURNING with [rows, count]. */
function extractRows(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}
