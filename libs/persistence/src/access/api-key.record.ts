import type { ApiScope } from '@mpp/domain';

/** An integrator's API key as the layers above persistence see it: a plain record, never the TypeORM entity. */
export interface ApiKey {
  id: string;
  name: string;
  /** Shown in listings and support tickets; the secret is only ever stored hashed. */
  prefix: string;
  secretHash: Buffer;
  scopes: ApiScope[];
  regionCode: string | null;
  /** Set: the agency (of the key's region) whose records alone the key reaches. */
  agencyCode: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  rotatedAt: Date | null;
}

export type NewApiKey = Pick<ApiKey, 'id' | 'name' | 'prefix' | 'secretHash' | 'scopes' | 'regionCode' | 'expiresAt' | 'createdBy'> &
  Partial<Pick<ApiKey, 'agencyCode'>>;
