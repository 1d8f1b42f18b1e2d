import { staffScope } from './role';

describe('staffScope', () => {
  it.each([
    [{ role: 'national_admin' }, { role: 'national_admin' }],
    [{ role: 'national_viewer' }, { role: 'national_viewer' }],
    [
      { role: 'region_admin', regionCode: '32.71' },
      { role: 'region_admin', regionCode: '32.71' },
    ],
    [
      { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' },
      { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' },
    ],
    [
      { role: 'counter_officer', regionCode: '36.74', agencyCode: 'samsat', counterCode: 'loket-3' },
      { role: 'counter_officer', regionCode: '36.74', agencyCode: 'samsat', counterCode: 'loket-3' },
    ],
  ])('accepts %j', (input, expected) => {
    expect(staffScope(input)).toEqual(expected);
  });

  it.each([
    [{ role: 'superuser' }, 'ROLE_INVALID', 'role'],
    [{ role: 'national_admin', regionCode: '32.71' }, 'STAFF_SCOPE_INVALID', 'regionCode'],
    [{ role: 'national_viewer', regionCode: '32.71' }, 'STAFF_SCOPE_INVALID', 'regionCode'],
    [{ role: 'region_admin' }, 'STAFF_SCOPE_INVALID', 'regionCode'],
    [{ role: 'region_admin', regionCode: '32.7' }, 'REGION_CODE_INVALID', 'regionCode'],
    [{ role: 'region_admin', regionCode: '32.71', agencyCode: 'bpn' }, 'STAFF_SCOPE_INVALID', 'agencyCode'],
    [{ role: 'counter_officer', regionCode: '32.71' }, 'STAFF_SCOPE_INVALID', 'agencyCode'],
    [{ role: 'counter_officer', regionCode: '32.71', agencyCode: 'Bad Code' }, 'STAFF_SCOPE_INVALID', 'agencyCode'],
    [{ role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bpn', counterCode: 'loket-1' }, 'STAFF_SCOPE_INVALID', 'counterCode'],
  ])('refuses %j with %s on %s', (input, code, path) => {
    expect(() => staffScope(input)).toThrow(expect.objectContaining({ code, path }));
  });
});
