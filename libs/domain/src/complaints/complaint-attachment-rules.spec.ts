import type { Principal } from '../access/principal';
import { isComplaintDesk, mayReadComplaintAttachment, sharedOnUpload } from './complaint-attachment-rules';

const desk: Principal = { kind: 'staff', accountId: 'd', role: 'region_admin', regionCode: '32.71' };
const national: Principal = { kind: 'staff', accountId: 'n', role: 'national_admin' };
const agency: Principal = { kind: 'staff', accountId: 'a', role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' };
const key: Principal = { kind: 'api-key', keyId: 'k', scopes: ['complaints:read'], regionCode: '32.71' };

describe('complaint attachments: who reads them', () => {
  it.each([
    ['the desk, an anonymous complaint’s uncleared file', desk, true, false, true],
    ['a national admin, the same', national, true, false, true],
    ['the agency, an anonymous complaint’s uncleared file', agency, true, false, false],
    ['an integrator’s key, the same', key, true, false, false],
    ['the agency, a file the desk cleared', agency, true, true, true],
    ['the agency, a named complaint’s file', agency, false, false, true],
  ])('%s: %s', (_case, principal, anonymous, sharedWithAgency, expected) => {
    expect(mayReadComplaintAttachment(principal, { anonymous }, { sharedWithAgency })).toBe(expected);
  });

  it('shares on upload everything of a named complaint, and of an anonymous one only what the agency itself adds', () => {
    expect(sharedOnUpload(undefined, { anonymous: false })).toBe(true);
    expect(sharedOnUpload(undefined, { anonymous: true })).toBe(false);
    expect(sharedOnUpload(desk, { anonymous: true })).toBe(false);
    expect(sharedOnUpload(agency, { anonymous: true })).toBe(true);
    expect(sharedOnUpload(key, { anonymous: true })).toBe(false);
    expect(sharedOnUpload({ ...key, agencyCode: 'disdukcapil' }, { anonymous: true })).toBe(true);
    expect(isComplaintDesk(key)).toBe(false);
  });
});
