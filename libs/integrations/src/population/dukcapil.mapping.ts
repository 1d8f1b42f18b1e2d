import { IntegrationError } from '../errors/integration-error';
import { badAnswer } from '../http/json-client';
import type { FieldMatch, PersonVerification, PersonVerificationRequest, VerifiedField } from './population-registry.port';

/**
 * The Dukcapil data-access contract, in one place so a correction touches one file.
 *
 * What is known [I: about fifteen independent client codebases agree; there is no public
 * specification]: `POST {base}/dukcapil/get_json/{consumer}/CALL_VERIFY_BY_ELEMEN`, the
 * credentials in the JSON body (`USER_ID`, `PASSWORD`, `IP_USER`, `TRESHOLD` — sic), the NIK and
 * the elements to check; the answer `{"content": [{...}]}` holds `"Sesuai"` / `"Tidak Sesuai"`
 * per element, fuzzy ones with a score, `"Sesuai (100)"`. Errors come back as HTTP 200 with
 * `content: [{"RESPON": "..."}]`. Unknown [U]: the meaning of `RESPONSE_CODE` 08 and 11–15,
 * whether the score is always present, and the exact spelling of every RESPON text.
 */
export const DUKCAPIL_VERIFY_METHOD = 'CALL_VERIFY_BY_ELEMEN';

export interface DukcapilCredentials {
  userId: string;
  password: string;
  ipUser: string;
  /** 0–100: the score at or above which a fuzzy element counts as matching. */
  threshold: number;
}

const ELEMENTS: Record<VerifiedField, string> = { fullName: 'NAMA_LGKP', birthDate: 'TGL_LHR', birthPlace: 'TMPT_LHR' };

export function dukcapilVerifyPath(consumer: string): string {
  return `/dukcapil/get_json/${encodeURIComponent(consumer)}/${DUKCAPIL_VERIFY_METHOD}`;
}

export function toDukcapilVerifyBody(
  request: PersonVerificationRequest,
  credentials: DukcapilCredentials,
): Record<string, string | number> {
  const body: Record<string, string | number> = {
    USER_ID: credentials.userId,
    PASSWORD: credentials.password,
    IP_USER: credentials.ipUser,
    TRESHOLD: credentials.threshold,
    NIK: request.nik.value,
  };
  if (request.fullName !== undefined) body[ELEMENTS.fullName] = request.fullName.trim().toUpperCase();
  if (request.birthDate !== undefined) body[ELEMENTS.birthDate] = toDukcapilDate(request.birthDate);
  if (request.birthPlace !== undefined) body[ELEMENTS.birthPlace] = request.birthPlace.trim().toUpperCase();
  return body;
}

/** `YYYY-MM-DD` → `dd-mm-yyyy`, Dukcapil's date form. */
export function toDukcapilDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

/** RESPON texts that mean the registry has no such NIK. */
const NOT_FOUND = /data tidak ditemukan/i;
/** RESPON texts that mean we are refused: an operator must fix credentials, IP or wait for the quota. */
const REFUSED: Array<[RegExp, string, number]> = [
  [/login gagal/i, 'login refused: check DUKCAPIL_USER_ID and DUKCAPIL_PASSWORD', 300],
  [/ip address/i, 'calling IP address not registered with Dukcapil', 300],
  [/kuota/i, 'daily access quota used up', 3600],
];

export function fromDukcapilVerifyAnswer(status: number, body: unknown, request: PersonVerificationRequest): PersonVerification {
  if (status !== 200) throw badAnswer('Dukcapil', `HTTP ${status}`);
  const content = (body as { content?: unknown } | undefined)?.content;
  const row = Array.isArray(content) ? (content[0] as Record<string, unknown> | undefined) : undefined;
  if (!row || typeof row !== 'object') throw badAnswer('Dukcapil', 'no content[0]');
  if (typeof row.RESPON === 'string') {
    if (NOT_FOUND.test(row.RESPON)) return { found: false };
    const refused = REFUSED.find(([pattern]) => pattern.test(row.RESPON as string));
    if (refused) throw new IntegrationError('refused', `Dukcapil: ${refused[1]}`, refused[2]);
    throw badAnswer('Dukcapil', 'an unknown RESPON');
  }
  const fields: Partial<Record<VerifiedField, FieldMatch>> = {};
  for (const [field, element] of Object.entries(ELEMENTS) as Array<[VerifiedField, string]>) {
    if (request[field] === undefined) continue;
    const value = row[element];
    if (typeof value !== 'string') throw badAnswer('Dukcapil', `no verdict for ${element}`);
    fields[field] = parseVerdict(value);
  }
  return { found: true, fields };
}

/** `"Sesuai"`, `"Tidak Sesuai"`, `"Sesuai (100)"`, `"Tidak Sesuai (59)"`. */
export function parseVerdict(value: string): FieldMatch {
  const match = /^\s*(tidak\s+)?sesuai\s*(?:\((\d{1,3})\))?\s*$/i.exec(value);
  if (!match) throw badAnswer('Dukcapil', 'a verdict that is neither Sesuai nor Tidak Sesuai');
  return match[2] === undefined ? { matches: !match[1] } : { matches: !match[1], score: Number(match[2]) };
}
