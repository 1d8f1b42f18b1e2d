import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { DEMO_ACCOUNTS } from './account-seeding';

const DEPLOYMENTS = path.resolve(__dirname, '../../../../deployments');

describe('demo accounts', () => {
  it('are bound to agencies and counters the sample deployment of their region has', () => {
    const files: Record<string, string> = { '32.71': 'kota-bogor.yaml', '36.74': 'kota-tangerang-selatan.yaml' };
    for (const account of DEMO_ACCOUNTS.filter((candidate) => candidate.agencyCode)) {
      const file = parse(readFileSync(path.join(DEPLOYMENTS, files[account.regionCode as string]), 'utf8')) as {
        agencies: Array<{ code: string; counters: Array<{ code: string }> }>;
      };
      const agency = file.agencies.find((candidate) => candidate.code === account.agencyCode);
      expect({ email: account.email, agency: agency?.code }).toEqual({ email: account.email, agency: account.agencyCode });
      if (account.counterCode) expect(agency?.counters.map((counter) => counter.code)).toContain(account.counterCode);
    }
  });
});
