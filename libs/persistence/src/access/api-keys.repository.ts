import type { DataSource } from 'typeorm';

import type { PageRequest } from '@mpp/domain';

import { managerOf, type Tx } from '../database/transactions';
import { ApiKeyEntity } from './api-key.entity';
import type { ApiKey, NewApiKey } from './api-key.record';

export class ApiKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(tx?: Tx) {
    return managerOf(this.dataSource, tx).getRepository(ApiKeyEntity);
  }

  async insert(key: NewApiKey, tx?: Tx): Promise<ApiKey> {
    const row: ApiKey = {
      ...key,
      agencyCode: key.agencyCode ?? null,
      revokedAt: null,
      lastUsedAt: null,
      rotatedAt: null,
      createdAt: new Date(),
    };
    await this.repo(tx).insert(row);
    return row;
  }

  findByPrefix(prefix: string): Promise<ApiKey | null> {
    return this.repo().findOneBy({ prefix });
  }

  findById(id: string, tx?: Tx): Promise<ApiKey | null> {
    return this.repo(tx).findOneBy({ id });
  }

  async update(id: string, patch: Partial<Pick<ApiKey, 'prefix' | 'secretHash' | 'revokedAt' | 'rotatedAt'>>, tx?: Tx): Promise<void> {
    await this.repo(tx).update({ id }, patch);
  }

  /** At most one write a minute per key, so a busy integrator does not turn every read into a write. */
  async touch(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }

  async findPage(filter: { regionCode?: string }, page: PageRequest): Promise<{ items: ApiKey[]; total: number }> {
    const [items, total] = await this.repo().findAndCount({
      where: filter.regionCode ? { regionCode: filter.regionCode } : {},
      order: { createdAt: 'DESC' },
      skip: page.offset,
      take: page.pageSize,
    });
    return { items, total };
  }
}
