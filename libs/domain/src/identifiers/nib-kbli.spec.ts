import { Kbli } from './kbli';
import { Nib } from './nib';

describe('Nib', () => {
  it('accepts 13 digits', () => {
    expect(Nib.parse('8120000000001').value).toBe('8120000000001');
  });

  it.each(['812000000000', '81200000000012', '812000000000A', ' 8120000000001', '', 8120000000001])(
    'refuses %p with INVALID_NIB',
    (input) => {
      expect(() => Nib.parse(input)).toThrow(expect.objectContaining({ code: 'INVALID_NIB', path: 'nib' }));
    },
  );
});

describe('Kbli', () => {
  it('accepts a 5-digit KBLI 2020 group and knows its main group', () => {
    const kbli = Kbli.parse('56101');
    expect(kbli.value).toBe('56101');
    expect(kbli.mainGroup).toBe('56');
  });

  it.each(['5610', '561011', '5610A', ''])('refuses %p with INVALID_KBLI', (input) => {
    expect(() => Kbli.parse(input, 'activities[0].kbli')).toThrow(
      expect.objectContaining({ code: 'INVALID_KBLI', path: 'activities[0].kbli' }),
    );
  });
});
