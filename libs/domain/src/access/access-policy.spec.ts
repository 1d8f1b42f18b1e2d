import { canReach, canReachRecord, decideAccess, regionFilterFor } from './access-policy';
import type { ApiKeyPrincipal, StaffPrincipal } from './principal';
import { actsForAgency, mayReadDocumentBytes } from './principal';

const national: StaffPrincipal = { kind: 'staff', accountId: 'n', role: 'national_admin' };
const bogorAdmin: StaffPrincipal = { kind: 'staff', accountId: 'b', role: 'region_admin', regionCode: '32.71' };
const bogorSupervisor: StaffPrincipal = {
  kind: 'staff',
  accountId: 's',
  role: 'agency_supervisor',
  regionCode: '32.71',
  agencyCode: 'disdukcapil',
};
const bogorKey: ApiKeyPrincipal = { kind: 'api-key', keyId: 'k', scopes: ['audit:read'], regionCode: '32.71' };
const nationalKey: ApiKeyPrincipal = { kind: 'api-key', keyId: 'nk', scopes: ['catalog:read'] };

const admins = { roles: ['national_admin', 'region_admin'] as const, apiScope: 'audit:read' as const };

describe('decideAccess', () => {
  it.each([
    ['a national admin, any region', national, { regionCode: '36.74' }, { allowed: true }],
    ['a region admin, own region', bogorAdmin, { regionCode: '32.71' }, { allowed: true }],
    ['a region admin, another region', bogorAdmin, { regionCode: '36.74' }, { allowed: false, code: 'OUT_OF_SCOPE' }],
    ['a supervisor, where the route wants admins', bogorSupervisor, { regionCode: '32.71' }, { allowed: false, code: 'ROLE_NOT_ALLOWED' }],
    ['a key with the scope, own region', bogorKey, { regionCode: '32.71' }, { allowed: true }],
    ['a key with the scope, another region', bogorKey, { regionCode: '36.74' }, { allowed: false, code: 'OUT_OF_SCOPE' }],
    ['a key without the scope', nationalKey, { regionCode: '32.71' }, { allowed: false, code: 'API_SCOPE_MISSING' }],
  ])('decides for %s', (_name, principal, target, decision) => {
    expect(decideAccess(principal, admins, target)).toEqual(decision);
  });

  it('refuses every key on a route that names no API scope', () => {
    expect(decideAccess(bogorKey, { roles: ['national_admin'] }, {})).toEqual({ allowed: false, code: 'API_SCOPE_MISSING' });
  });
});

describe('canReach', () => {
  it('keeps agency staff to their own agency', () => {
    expect(canReach(bogorSupervisor, { regionCode: '32.71', agencyCode: 'disdukcapil' })).toBe(true);
    expect(canReach(bogorSupervisor, { regionCode: '32.71', agencyCode: 'imigrasi' })).toBe(false);
    expect(canReach(bogorSupervisor, { regionCode: '36.74', agencyCode: 'disdukcapil' })).toBe(false);
  });
});

describe('regionFilterFor', () => {
  it('lets a national viewer read where its route admits it, and nowhere else', () => {
    const viewer: StaffPrincipal = { kind: 'staff', accountId: 'v', role: 'national_viewer' };
    expect(decideAccess(viewer, { roles: ['national_admin', 'national_viewer'] }, { regionCode: '36.74' })).toEqual({ allowed: true });
    expect(decideAccess(viewer, admins, { regionCode: '36.74' })).toEqual({ allowed: false, code: 'ROLE_NOT_ALLOWED' });
    expect(regionFilterFor(viewer, '36.74')).toEqual({ regionCode: '36.74' });
    expect(canReachRecord(viewer, { regionCode: null })).toBe(true);
  });

  it('lets a national admin list one region or all', () => {
    expect(regionFilterFor(national)).toEqual({ regionCode: undefined });
    expect(regionFilterFor(national, '36.74')).toEqual({ regionCode: '36.74' });
  });

  it('confines a region admin to its own region', () => {
    expect(regionFilterFor(bogorAdmin)).toEqual({ regionCode: '32.71' });
    expect(regionFilterFor(bogorAdmin, '32.71')).toEqual({ regionCode: '32.71' });
    expect(regionFilterFor(bogorAdmin, '36.74')).toBe('out-of-scope');
  });

  it('confines a regional key, and lets a national key choose', () => {
    expect(regionFilterFor(bogorKey, '36.74')).toBe('out-of-scope');
    expect(regionFilterFor(nationalKey, '36.74')).toEqual({ regionCode: '36.74' });
  });
});

describe('canReachRecord', () => {
  it('keeps national records to national principals', () => {
    expect(canReachRecord(national, { regionCode: null })).toBe(true);
    expect(canReachRecord(nationalKey, { regionCode: null })).toBe(true);
    expect(canReachRecord(bogorAdmin, { regionCode: null })).toBe(false);
    expect(canReachRecord(bogorKey, { regionCode: null })).toBe(false);
  });

  it('lets regional principals reach their own region only', () => {
    expect(canReachRecord(bogorAdmin, { regionCode: '32.71' })).toBe(true);
    expect(canReachRecord(bogorAdmin, { regionCode: '36.74' })).toBe(false);
    expect(canReachRecord(bogorSupervisor, { regionCode: '32.71', agencyCode: 'bpn' })).toBe(false);
  });
});

describe('keys and applications', () => {
  const reader = { roles: ['region_admin'] as const, apiScope: 'applications:read' as const };
  const agencyKey: ApiKeyPrincipal = {
    kind: 'api-key',
    keyId: 'a',
    scopes: ['applications:read'],
    regionCode: '32.71',
    agencyCode: 'bapenda',
  };

  it('keeps a key bound to an agency to that agency', () => {
    expect(canReach(agencyKey, { regionCode: '32.71', agencyCode: 'bapenda' })).toBe(true);
    expect(canReach(agencyKey, { regionCode: '32.71', agencyCode: 'disdukcapil' })).toBe(false);
    expect(decideAccess(agencyKey, reader, { regionCode: '32.71', agencyCode: 'disdukcapil' })).toEqual({
      allowed: false,
      code: 'OUT_OF_SCOPE',
    });
  });

  it('refuses a national key on application routes', () => {
    const national: ApiKeyPrincipal = { kind: 'api-key', keyId: 'n', scopes: ['applications:read'] };
    expect(decideAccess(national, reader, { regionCode: '32.71' })).toEqual({ allowed: false, code: 'OUT_OF_SCOPE' });
  });

  it('lets only agency staff and agency-bound keys read document bytes and act', () => {
    const regionKey: ApiKeyPrincipal = { ...agencyKey, agencyCode: undefined };
    expect(mayReadDocumentBytes(agencyKey)).toBe(true);
    expect(mayReadDocumentBytes(regionKey)).toBe(false);
    expect(mayReadDocumentBytes(bogorAdmin)).toBe(false);
    expect(mayReadDocumentBytes(bogorSupervisor)).toBe(true);
    expect(actsForAgency(regionKey)).toBe(false);
    expect(actsForAgency(agencyKey)).toBe(true);
  });
});
