/**
 * Text folded for search: lower case, accents removed (é → e), punctuation to spaces. Used both
 * when a service is stored and when a citizen searches, so "Akta Kelahiran", "akta-kelahiran"
 * and "ÁKTA kelahíran" find the same service.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, folded, for a prefix match of each (`ktp` finds `ktp-el`). */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      foldForSearch(query)
        .split(' ')
        .filter((word) => word.length > 0),
    ),
  ].slice(0, 10);
}
