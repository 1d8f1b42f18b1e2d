import { formatPairingCode, PAIRING_ALPHABET, pairingCodeFrom, parsePairingCode } from './pairing-code';

describe('pairing codes', () => {
  it('are 8 characters without look-alikes, shown in two groups', () => {
    const code = pairingCodeFrom([0, 1, 2, 3, 28, 29, 30, 31]);
    expect(code).toBe('ABCD6789');
    expect(formatPairingCode(code)).toBe('ABCD-6789');
    expect(PAIRING_ALPHABET).not.toMatch(/[IO01]/);
  });

  it.each([
    ['abcd-6789', 'ABCD6789'],
    [' ABCD 6789 ', 'ABCD6789'],
    ['abcd6789', 'ABCD6789'],
  ])('reads %j as typed on a kiosk as %s', (input, code) => {
    expect(parsePairingCode(input)).toBe(code);
  });

  it.each(['ABCD-678', 'ABCD-67890', 'ABCD-O789', 'ABCD-1789', ''])('refuses %j as no waiting code', (input) => {
    expect(() => parsePairingCode(input)).toThrow(expect.objectContaining({ code: 'PAIRING_CODE_INVALID' }));
  });
});
