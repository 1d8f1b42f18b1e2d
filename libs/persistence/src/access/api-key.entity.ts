import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ApiScope } from '@mpp/domain';

import type { ApiKey } from './api-key.record';

@Entity({ name: 'api_key' })
export class ApiKeyEntity implements ApiKey {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Shown in listings and support tickets; the secret is only ever stored hashed. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash!: Buffer;

  @Column({ type: 'text', array: true })
  scopes!: ApiScope[];

  @Column({ name: 'region_code', type: 'varchar', length: 5, nullable: true })
  regionCode!: string | null;

  /** Set: the agency (of the key's region) whose records alone the key reaches. */
  @Column({ name: 'agency_code', type: 'varchar', length: 40, nullable: true })
  agencyCode!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;
}
