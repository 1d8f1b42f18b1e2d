import type { PageRequest } from '@mpp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity';

export type NewApiKey = Pick<ApiKeyEntity, 'id' | 'name' | 'prefix' | 'secretHash' | 'scopes' | 'regionCode' | 'expiresAt' | 'createdBy'> &
  Partial<Pick<ApiKeyEntity, 'agencyCode'>>;

export class ApiKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ApiKeyEntity);
  }

  async insert(key: NewApiKey, manager?: EntityManager): Promise<ApiKeyEntity> {
    const row = { ...key, agencyCode: key.agencyCode ?? null, revokedAt: null, lastUsedAt: null, rotatedAt: null, createdAt: new Date() };
    await this.repo(manager).insert(row);
    return row;
  }

  findByPrefix(prefix: string): Promise<ApiKeyEntity | null> {
    return this.repo().findOneBy({ prefix });
  }

  findById(id: string, manager?: EntityManager): Promise<ApiKeyEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async update(
    id: string,
    patch: Partial<Pick<ApiKeyEntity, 'prefix' | 'secretHash' | 'revokedAt' | 'rotatedAt'>>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.repo(manager).update({ id }, patch);
  }

  /** At most one write a minute per key, so a busy integrator does not turn every read into a write. */
  async touch(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }

  async findPage(filter: { regionCode?: string }, page: PageRequest): Promise<{ items: ApiKeyEntity[]; total: number }> {
    const [items, total] = await this.repo().findAndCount({
      where: filter.regionCode ? { regionCode: filter.regionCode } : {},
      order: { createdAt: 'DESC' },
      skip: page.offset,
      take: page.pageSize,
    });
    return { items, total };
  }
}
