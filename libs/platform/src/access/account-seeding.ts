import type { INestApplicationContext } from '@nestjs/common';

import { type Role, staffScope } from '@mpp/domain';
import { AuditLogRepository, StaffAccountsRepository, Transactions } from '@mpp/persistence';

import type { AppConfig } from '../config/app-config';
import { PasswordHasher } from './password-hasher';
import { newId } from './secret-token';

/**
 * Demo staff of the embedded demo. Their passwords are in the README, so they exist only
 * when MPP_DEMO_ACCOUNTS is on, which the configuration allows only without DATABASE_URL.
 */
export const DEMO_ACCOUNTS: {
  email: string;
  displayName: string;
  role: Role;
  regionCode?: string;
  agencyCode?: string;
  counterCode?: string;
}[] = [
  { email: 'nasional@demo.mpp.go.id', displayName: 'Admin Nasional (demo)', role: 'national_admin' },
  { email: 'pemantau@demo.mpp.go.id', displayName: 'Pemantau KemenPAN-RB (demo)', role: 'national_viewer' },
  { email: 'admin.bogor@demo.mpp.go.id', displayName: 'Admin MPP Kota Bogor (demo)', role: 'region_admin', regionCode: '32.71' },
  {
    email: 'admin.tangsel@demo.mpp.go.id',
    displayName: 'Admin MPP Kota Tangerang Selatan (demo)',
    role: 'region_admin',
    regionCode: '36.74',
  },
  {
    email: 'supervisor.bogor@demo.mpp.go.id',
    displayName: 'Supervisor Disdukcapil Bogor (demo)',
    role: 'agency_supervisor',
    regionCode: '32.71',
    agencyCode: 'disdukcapil',
  },
  {
    email: 'loket.bogor@demo.mpp.go.id',
    displayName: 'Petugas Loket Disdukcapil Bogor (demo)',
    role: 'counter_officer',
    regionCode: '32.71',
    agencyCode: 'disdukcapil',
    counterCode: 'loket-3',
  },
];
export const DEMO_PASSWORD = 'demo-mpp-2026!';

/** Creates the first national admin and, in the embedded demo, the demo accounts; idempotent. */
export async function seedAccounts(app: Pick<INestApplicationContext, 'get'>, config: AppConfig): Promise<string[]> {
  const accounts = app.get(StaffAccountsRepository);
  const audit = app.get(AuditLogRepository);
  const transactions = app.get(Transactions);
  const hasher = new PasswordHasher();
  const created: string[] = [];
  const wanted = [
    ...(config.auth.bootstrapAdmin && (await accounts.countNationalAdmins()) === 0
      ? [
          {
            email: config.auth.bootstrapAdmin.email,
            displayName: 'National administrator',
            role: 'national_admin' as Role,
            password: config.auth.bootstrapAdmin.password,
            demo: false,
          },
        ]
      : []),
    ...(config.auth.demoAccounts ? DEMO_ACCOUNTS.map((account) => ({ ...account, password: DEMO_PASSWORD, demo: true })) : []),
  ];
  const missing = [];
  for (const account of wanted) if (!(await accounts.findByEmail(account.email))) missing.push(account);
  // The demo accounts share one published password (README): its argon2id hash, at full cost,
  // is computed once for all of them, beside the bootstrap admin's own, instead of one after the
  // other for each: that was the first start's longest wait (decision 0053).
  const demoHash = missing.some((account) => account.demo) ? hasher.hash(DEMO_PASSWORD) : undefined;
  const hashes = await Promise.all(missing.map((account) => (account.demo ? demoHash : undefined) ?? hasher.hash(account.password)));
  for (const [index, account] of missing.entries()) {
    const passwordHash = hashes[index];
    const scope = staffScope(account);
    const id = newId();
    const inserted = await transactions
      .run(async (tx) => {
        await accounts.insert(
          {
            id,
            email: account.email,
            displayName: account.displayName,
            passwordHash,
            role: scope.role,
            regionCode: scope.regionCode ?? null,
            agencyCode: scope.agencyCode ?? null,
            counterCode: scope.counterCode ?? null,
          },
          tx,
        );
        await audit.append(
          {
            actorType: 'system',
            action: 'staff.create',
            outcome: 'success',
            regionCode: scope.regionCode,
            targetType: 'staff',
            targetId: id,
            details: { role: scope.role, source: 'seed' },
          },
          tx,
        );
      })
      .then(
        () => true,
        (error: { code?: string }) => {
          // Another instance starting at the same moment created it first.
          if (error.code === '23505') return false;
          throw error;
        },
      );
    if (inserted) created.push(account.email);
  }
  return created;
}
