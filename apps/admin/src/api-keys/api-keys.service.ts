import { Injectable } from '@nestjs/common';

import {
  canReachRecord,
  ConflictError,
  ForbiddenError,
  InvalidValueError,
  NotFoundError,
  type Page,
  pageOf,
  PageRequest,
  type Principal,
} from '@mpp/domain';
import { type ApiKey, ApiKeysRepository, DeployedUnitsRepository, Transactions } from '@mpp/persistence';
import { type ActingRequest, AuditLog, newId, newKeyPrefix, newSecret, regionScope } from '@mpp/platform';

import type { ApiKeyDto, CreateApiKeyRequest, IssuedApiKeyDto, ListApiKeysQuery } from './api-key.dto';

const notFound = () => new NotFoundError('API_KEY_NOT_FOUND', 'No API key with this id is visible to you', 'id');

/** Integrators' API keys: issued, rotated and revoked by admins; the secret is shown once. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly transactions: Transactions,
    private readonly keys: ApiKeysRepository,
    private readonly units: DeployedUnitsRepository,
    private readonly audit: AuditLog,
  ) {}

  async create(body: CreateApiKeyRequest, request: ActingRequest): Promise<IssuedApiKeyDto> {
    const principal = request.principal;
    if (!canReachRecord(principal, { regionCode: body.regionCode ?? null })) {
      throw new ForbiddenError('OUT_OF_SCOPE', 'A region admin issues keys for its own region only: set regionCode');
    }
    if (body.expiresAt && new Date(body.expiresAt).getTime() <= Date.now()) {
      throw new InvalidValueError('VALIDATION_FAILED', 'must be in the future', 'expiresAt', 'harus di masa depan');
    }
    if (body.agencyCode !== undefined) await this.assertAgencyExists(body.regionCode, body.agencyCode);
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    const key = await this.transactions.run(async (tx) => {
      const row = await this.keys.insert(
        {
          id: newId(),
          name: body.name,
          prefix,
          secretHash: hash,
          scopes: body.scopes,
          regionCode: body.regionCode ?? null,
          agencyCode: body.agencyCode ?? null,
          expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
          createdBy: accountIdOf(principal),
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'api_key.create',
          outcome: 'success',
          principal,
          regionCode: body.regionCode,
          target: { type: 'api-key', id: row.id },
          requestId: request.requestId,
          details: { prefix, scopes: body.scopes, agencyCode: body.agencyCode ?? null },
        },
        tx,
      );
      return row;
    });
    return { ...toApiKeyDto(key), key: `mpp_${prefix}_${secret}` };
  }

  async list(query: ListApiKeysQuery, principal: Principal): Promise<Page<ApiKeyDto>> {
    const filter = regionScope(principal, query.region);
    const page = PageRequest.of(query.page, query.pageSize);
    const { items, total } = await this.keys.findPage(filter, page);
    return pageOf(page, items.filter((item) => canReachRecord(principal, item)).map(toApiKeyDto), total);
  }

  async get(id: string, principal: Principal): Promise<ApiKeyDto> {
    return toApiKeyDto(await this.visible(id, principal));
  }

  /** A new secret (and prefix) for the same key; the old secret stops working at once. */
  async rotate(id: string, request: ActingRequest): Promise<IssuedApiKeyDto> {
    const principal = request.principal;
    const key = await this.visible(id, principal);
    if (key.revokedAt) throw new ConflictError('API_KEY_REVOKED', 'A revoked key cannot be rotated; issue a new one');
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    const rotatedAt = new Date();
    await this.transactions.run(async (tx) => {
      await this.keys.update(id, { prefix, secretHash: hash, rotatedAt }, tx);
      await this.audit.record(
        {
          action: 'api_key.rotate',
          outcome: 'success',
          principal,
          regionCode: key.regionCode ?? undefined,
          target: { type: 'api-key', id },
          requestId: request.requestId,
          details: { oldPrefix: key.prefix, prefix },
        },
        tx,
      );
    });
    return { ...toApiKeyDto({ ...key, prefix, rotatedAt }), key: `mpp_${prefix}_${secret}` };
  }

  async revoke(id: string, request: ActingRequest): Promise<ApiKeyDto> {
    const principal = request.principal;
    const key = await this.visible(id, principal);
    if (key.revokedAt) return toApiKeyDto(key);
    const revokedAt = new Date();
    await this.transactions.run(async (tx) => {
      await this.keys.update(id, { revokedAt }, tx);
      await this.audit.record(
        {
          action: 'api_key.revoke',
          outcome: 'success',
          principal,
          regionCode: key.regionCode ?? undefined,
          target: { type: 'api-key', id },
          requestId: request.requestId,
          details: { prefix: key.prefix },
        },
        tx,
      );
    });
    return toApiKeyDto({ ...key, revokedAt });
  }

  /** A key is bound only to an agency its region's deployment has, as staff accounts are. */
  private async assertAgencyExists(regionCode: string | undefined, agencyCode: string): Promise<void> {
    if (regionCode === undefined)
      throw new InvalidValueError(
        'VALIDATION_FAILED',
        'a key bound to an agency needs the agency’s region',
        'regionCode',
        'kunci untuk satu instansi memerlukan wilayah instansi itu',
      );
    if (!(await this.units.hasAgency(regionCode, agencyCode)))
      throw new NotFoundError('AGENCY_NOT_FOUND', `No active agency ${agencyCode} in ${regionCode}`, 'agencyCode');
  }

  private async visible(id: string, principal: Principal): Promise<ApiKey> {
    const key = /^[0-9a-f-]{36}$/.test(id) ? await this.keys.findById(id) : null;
    if (!key || !canReachRecord(principal, key)) throw notFound();
    return key;
  }
}

function accountIdOf(principal: Principal): string {
  if (principal.kind !== 'staff') throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Only staff issue API keys');
  return principal.accountId;
}

function toApiKeyDto(key: ApiKey): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    regionCode: key.regionCode,
    agencyCode: key.agencyCode,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    createdAt: key.createdAt.toISOString(),
  };
}
