import type { DeploymentProblem } from './yaml-source';

/** Every kind of problem `validate` can find in a deployment, template or national calendar file. */
export type DeploymentProblemCode =
  | 'ADAPTER_UNKNOWN'
  | 'ADAPTER_WRONG_SYSTEM'
  | 'AGENCY_UNKNOWN'
  | 'BREAK_OUTSIDE_HOURS'
  | 'CUTOFF_OUTSIDE_HOURS'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_TICKET_PREFIX'
  | 'FIELD_INVALID'
  | 'FIELD_UNKNOWN'
  | 'FILE_EMPTY'
  | 'MULTIPLE_DOCUMENTS'
  | 'PLACEHOLDER_LEFT'
  | 'REGION_NOT_FOUND'
  | 'SITE_UNKNOWN'
  | 'TEMPLATE_UNKNOWN'
  | 'TEXT_NOT_UTF8'
  | 'YAML_ALIAS_LIMIT'
  | 'YAML_INVALID';

/**
 * What each problem means, in Bahasa Indonesia and English. The problem's own message (which
 * names the adapter, the code used twice, the rule a field breaks) is English; over HTTP the
 * Indonesian answer leads with the line and this text and keeps that detail after it.
 */
export const PROBLEM_MESSAGES = {
  ADAPTER_UNKNOWN: { id: 'tidak ada adaptor integrasi dengan nama ini', en: 'no integration adapter has this name' },
  ADAPTER_WRONG_SYSTEM: { id: 'adaptor ini untuk sistem eksternal lain', en: 'this adapter is for another external system' },
  AGENCY_UNKNOWN: { id: 'instansi ini tidak ada di daftar instansi', en: 'this agency is not one of the agencies' },
  BREAK_OUTSIDE_HOURS: { id: 'waktu istirahat di luar jam buka hari itu', en: 'the break lies outside the opening hours of that day' },
  CUTOFF_OUTSIDE_HOURS: {
    id: 'batas pengambilan nomor di luar jam buka hari itu',
    en: 'the ticket cut-off falls outside the opening hours of that day',
  },
  DUPLICATE_CODE: { id: 'kode ini dipakai dua kali', en: 'this code is used twice' },
  DUPLICATE_TICKET_PREFIX: {
    id: 'awalan nomor antrean ini dipakai dua kali di satu lokasi',
    en: 'this ticket prefix is used twice at one site',
  },
  FIELD_INVALID: { id: 'nilai isian tidak sesuai aturan', en: 'the value breaks a rule of this field' },
  FIELD_UNKNOWN: { id: 'isian tidak dikenal', en: 'unknown field' },
  FILE_EMPTY: { id: 'berkas kosong', en: 'the file is empty' },
  MULTIPLE_DOCUMENTS: { id: 'berkas memuat lebih dari satu dokumen YAML', en: 'the file holds more than one YAML document' },
  PLACEHOLDER_LEFT: { id: 'masih ada isian contoh yang belum diganti', en: 'a placeholder has not been replaced' },
  REGION_NOT_FOUND: { id: 'tidak ada kabupaten/kota dengan kode ini', en: 'no kabupaten/kota has this code' },
  SITE_UNKNOWN: { id: 'lokasi ini tidak ada di daftar lokasi', en: 'this site is not one of the sites' },
  TEMPLATE_UNKNOWN: { id: 'tidak ada templat layanan nasional dengan nama ini', en: 'no national service template has this name' },
  TEXT_NOT_UTF8: { id: 'berkas bukan teks UTF-8 di sini; simpan sebagai UTF-8', en: 'the file is not UTF-8 text here; save it as UTF-8' },
  YAML_ALIAS_LIMIT: { id: 'berkas memakai terlalu banyak alias YAML', en: 'the file uses too many YAML aliases' },
  YAML_INVALID: { id: 'YAML tidak valid', en: 'not valid YAML' },
} satisfies Record<DeploymentProblemCode, { id: string; en: string }>;

/** A problem as an entry of an error body's `errors`: the English message and its Indonesian. */
export function problemFieldError(problem: DeploymentProblem): { path: string; message: string; indonesian: string } {
  const place = (line: string, column: string) => (problem.line ? `${line} ${problem.line}, ${column} ${problem.column ?? 1}: ` : '');
  return {
    path: problem.path,
    message: `${place('line', 'column')}${problem.code} ${problem.message}`,
    indonesian: `${place('baris', 'kolom')}${problem.code} ${PROBLEM_MESSAGES[problem.code].id} (${problem.message})`,
  };
}
