import { randomBytes } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';

import { type Role, type StaffPrincipal, staffScope } from '@mpp/domain';
import { StaffAccountsRepository } from '@mpp/persistence';
import { newId, PasswordHasher, TokenService } from '@mpp/platform';

export interface StaffFixture {
  id: string;
  email: string;
  password: string;
  principal: StaffPrincipal;
}

/** A staff account straight in the database of a running test app, with a known password. */
export async function createStaff(
  app: INestApplication,
  input: { role: Role; regionCode?: string; agencyCode?: string; counterCode?: string; email?: string },
): Promise<StaffFixture> {
  const scope = staffScope(input);
  const id = newId();
  const email = input.email ?? `${input.role.replace('_', '-')}-${randomBytes(4).toString('hex')}@test.mpp.go.id`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  await app.get(StaffAccountsRepository).insert({
    id,
    email,
    displayName: `Test ${input.role}`,
    passwordHash: await app.get(PasswordHasher).hash(password),
    role: scope.role,
    regionCode: scope.regionCode ?? null,
    agencyCode: scope.agencyCode ?? null,
    counterCode: scope.counterCode ?? null,
  });
  return { id, email, password, principal: { kind: 'staff', accountId: id, ...scope } };
}

/** An access token for a fixture, signed by the app itself (for routes of apps without a login route). */
export function bearerFor(app: INestApplication, staff: StaffFixture): Promise<string> {
  return app
    .get(TokenService)
    .issueAccessToken(staff.principal)
    .then((token) => `Bearer ${token}`);
}
