import { seesWholeNik } from './principal';

describe('seesWholeNik', () => {
  it.each([
    ['counter_officer', true],
    ['agency_supervisor', true],
    ['region_admin', false],
    ['national_admin', false],
  ] as const)('a %s: %s', (role, expected) => {
    expect(seesWholeNik({ kind: 'staff', accountId: 'a', role, regionCode: '32.71' })).toBe(expected);
  });

  it('is false for an integrator’s key, whatever its scopes', () => {
    expect(seesWholeNik({ kind: 'api-key', keyId: 'k', scopes: ['identity:verify'], regionCode: '32.71' })).toBe(false);
  });
});
