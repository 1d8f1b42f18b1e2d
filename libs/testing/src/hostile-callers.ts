import type { INestApplication } from '@nestjs/common';

import { API_SCOPES } from '@mpp/domain';
import { ApiKeysRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret } from '@mpp/platform';

import { bearerFor, createStaff } from './staff-fixtures';

/** Rate limits high enough that a generator's thousands of requests meet the code, not the limiter. */
export const GENEROUS_RATE_LIMITS = {
  RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
  RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
  RATE_LIMIT_API_KEY_PER_MINUTE: '1000000',
  RATE_LIMIT_DEVICE_PER_MINUTE: '1000000',
};

/** The three callers the malformed-request generator speaks as: anonymous, a national admin, an all-scopes key for every region. */
export async function hostileCallers(app: INestApplication): Promise<Record<string, Record<string, string>>> {
  const admin = await createStaff(app, { role: 'national_admin' });
  const prefix = newKeyPrefix();
  const { secret, hash } = newSecret();
  await app.get(ApiKeysRepository).insert({
    id: newId(),
    name: 'Generator, all scopes, all regions',
    prefix,
    secretHash: hash,
    scopes: [...API_SCOPES],
    regionCode: null,
    expiresAt: null,
    createdBy: admin.id,
  });
  return {
    anonymous: {},
    'national admin': { authorization: await bearerFor(app, admin) },
    'all-scopes key': { 'x-api-key': `mpp_${prefix}_${secret}` },
  };
}
