/**
 * Personal data in logs and responses (UU 27/2022): a NIK is never shown whole where it is
 * not needed, a name only by its initials. One place, so every caller masks the same way.
 */

/** `3171015708450001` → `3171********0001` (identifiers.md). Anything else of 16 characters or less is fully starred. */
export function maskNik(value: string): string {
  if (value.length !== 16) return '*'.repeat(Math.min(value.length, 16));
  return `${value.slice(0, 4)}********${value.slice(12)}`;
}

/** `BUDI SANTOSO` → `B*** S******`: enough for an officer to recognise, not to identify. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word[0]}${'*'.repeat(Math.max(word.length - 1, 1))}`)
    .join(' ');
}

/** 16 digits standing alone: a NIK (or a KK or NPWP16, which deserve the same care). */
const SIXTEEN_DIGITS = /(?<!\d)\d{16}(?!\d)/g;

/** Masks every 16-digit number in a text: the last line of defence before a log line is written. */
export function maskNiksIn(text: string): string {
  return text.replace(SIXTEEN_DIGITS, (match) => maskNik(match));
}

/** NPWP16 of a person is their NIK: show the last four digits only. */
export function maskTail(value: string, keep = 4): string {
  return value.length <= keep ? '*'.repeat(value.length) : `${'*'.repeat(value.length - keep)}${value.slice(-keep)}`;
}
