import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse, stringify } from 'yaml';

import { WORKSPACE } from './real-apps';

export const REGION = '32.71';
export const SITE = 'mpp-kota-bogor';

const ALL_DAY = [{ from: '00:00', to: '24:00' }];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Kota Bogor's sample file with every site open around the clock, every day, no break, no
 * cut-off and no local holiday: the mall is open whenever the test runs (a national holiday
 * that falls on the day is opened by an override in global-setup).
 */
export function testDeployment(): string {
  const file = parse(readFileSync(path.join(WORKSPACE, 'deployments/kota-bogor.yaml'), 'utf8')) as {
    sites: { hours: unknown; breaks?: unknown; ticketCutoff?: unknown; holidays?: unknown; boardText?: string[] }[];
  };
  for (const site of file.sites) {
    site.hours = Object.fromEntries(DAYS.map((day) => [day, ALL_DAY]));
    site.breaks = [];
    site.ticketCutoff = {};
    site.holidays = [];
    site.boardText = ['Uji otomatis: papan informasi MPP.'];
  }
  return stringify(file);
}
