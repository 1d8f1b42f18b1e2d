import type { FieldError } from './error-body';
import type { Language } from './error-messages';

/**
 * `errors[].message` in the caller's language. A raiser that knows the Indonesian gives it
 * (`FieldError.indonesian`: domain errors, deployment problems); the rest are class-validator's
 * messages and our DTOs' own, written in a handful of English phrasings that are translated
 * here by pattern. A message no pattern knows keeps its English detail behind an Indonesian
 * lead, so a new DTO message is never silently lost (a spec lists every DTO phrasing we use).
 */
export function localizedFieldErrors(errors: FieldError[], language: Language): { path: string; message: string }[] {
  return errors.map(({ path, message, indonesian }) => ({
    path,
    message: language === 'en' ? message : (indonesian ?? indonesianFieldMessage(message, path)),
  }));
}

type Phrasing = [RegExp, (...groups: string[]) => string];

/** `$1` is the property as the message names it; the rest are the phrasing's own values. */
const PHRASINGS: Phrasing[] = [
  // class-validator's defaults
  [/^property (\S+) should not exist$/, (p) => `isian ${p} tidak dikenal`],
  [/^(\S+) must not be null$/, (p) => `${p} tidak boleh null`],
  [/^(\S+) must be a string$/, (p) => `${p} harus berupa teks`],
  [/^each value in (\S+) must be a string$/, (p) => `setiap nilai ${p} harus berupa teks`],
  [/^(\S+) must be a boolean value$/, (p) => `${p} harus true atau false`],
  [/^(\S+) must be an integer number$/, (p) => `${p} harus bilangan bulat`],
  [/^(\S+) must be a number conforming to the specified constraints$/, (p) => `${p} harus berupa angka`],
  [/^(\S+) must be an array$/, (p) => `${p} harus berupa daftar`],
  [/^(\S+) must be an object$/, (p) => `${p} harus berupa objek`],
  [/^nested property (\S+) must be either object or array$/, (p) => `${p} harus berupa objek atau daftar`],
  [/^(\S+) must be an email$/, (p) => `${p} harus alamat email`],
  [/^(\S+) must be a UUID$/, (p) => `${p} harus UUID`],
  [/^(\S+) should not be empty$/, (p) => `${p} tidak boleh kosong`],
  [/^(\S+) must be a valid ISO 8601 date string$/, (p) => `${p} harus tanggal ISO 8601 yang benar`],
  [/^(\S+) must not be greater than (\S+)$/, (p, n) => `${p} tidak boleh lebih dari ${n}`],
  [/^(\S+) must not be less than (\S+)$/, (p, n) => `${p} tidak boleh kurang dari ${n}`],
  [/^(\S+) must be shorter than or equal to (\d+) characters$/, (p, n) => `${p} paling panjang ${n} karakter`],
  [/^(\S+) must be longer than or equal to (\d+) characters$/, (p, n) => `${p} paling pendek ${n} karakter`],
  [
    /^(\S+) must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/,
    (p, min, max) => `${p} harus ${min} sampai ${max} karakter`,
  ],
  [/^(\S+) must be one of the following values: (.*)$/, (p, values) => `${p} harus salah satu dari: ${values}`],
  [/^(\S+) must contain no more than (\d+) elements$/, (p, n) => `${p} berisi paling banyak ${n} butir`],
  [/^(\S+) must contain at least (\d+) elements$/, (p, n) => `${p} berisi paling sedikit ${n} butir`],
  [/^All (\S+)'s elements must be unique$/, (p) => `setiap butir ${p} harus berbeda`],
  [/^(\S+) must match (.*) regular expression$/, (p) => `format ${p} tidak sesuai`],
  // our DTOs' own phrasings
  [
    /^(\S+) must be 1 to 40 lowercase letters, digits and dashes, e\.g\. "(.*)"$/,
    (p, e) => `${p} terdiri dari 1 sampai 40 huruf kecil, angka, dan tanda hubung, misalnya "${e}"`,
  ],
  [/^(\S+) must be a kabupaten\/kota code such as (\S+)$/, (p, e) => `${p} harus kode kabupaten/kota, misalnya ${e}`],
  [
    /^(\S+) must be an? (agency|site|service) code(?: such as (\S+))?$/,
    (p, kind, e) => `${p} harus kode ${KIND[kind]}${e ? `, misalnya ${e}` : ''}`,
  ],
  [/^(\S+) must be (?:a date )?YYYY-MM-DD$/, (p) => `${p} harus tanggal berformat YYYY-MM-DD`],
  [/^(\S+) must be a real date$/, (p) => `${p} harus tanggal yang ada`],
  [/^(\S+) must be a date YYYY-MM-DD or an ISO 8601 instant$/, (p) => `${p} harus tanggal YYYY-MM-DD atau waktu ISO 8601`],
  [/^(\S+) must be an ISO 8601 instant$/, (p) => `${p} harus waktu ISO 8601`],
  [/^(\S+) must be a time of day HH:MM$/, (p) => `${p} harus jam berformat HH:MM`],
  [/^(\S+) must be an email address$/, (p) => `${p} harus alamat email`],
  [/^(\S+) must be one of (.*)$/, (p, values) => `${p} harus salah satu dari: ${values}`],
  [/^(\S+) must be (\w+) or (\w+)$/, (p, a, b) => `${p} harus ${a} atau ${b}`],
];

const KIND: Record<string, string> = { agency: 'instansi', site: 'lokasi', service: 'layanan' };

export function indonesianFieldMessage(english: string, path: string): string {
  for (const [pattern, say] of PHRASINGS) {
    const match = pattern.exec(english);
    if (match) return say(...match.slice(1));
  }
  return `isian ${path} tidak valid (${english})`;
}
