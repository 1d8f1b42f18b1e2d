import { foldForSearch, searchTerms } from './search-text';

describe('foldForSearch', () => {
  it.each([
    ['Akta Kelahiran', 'akta kelahiran'],
    ['ÁKTA kelahíran', 'akta kelahiran'],
    ['KTP-el', 'ktp el'],
    ['Pengesahan STNK & PKB (Tahunan)', 'pengesahan stnk pkb tahunan'],
    ['  ﬁle  ', 'file'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe('searchTerms', () => {
  it('splits, folds and de-duplicates, at most ten words', () => {
    expect(searchTerms('Paspor  PASPOR baru!')).toEqual(['paspor', 'baru']);
    expect(searchTerms('a b c d e f g h i j k l')).toHaveLength(10);
    expect(searchTerms(' - ')).toEqual([]);
  });
});
