import type { Nik } from '@mpp/domain';

/**
 * The population registry (Dukcapil) as the mall needs it: verify that a person's NIK goes
 * with the name, birth date and birth place they gave, field by field, the way Dukcapil's
 * data-access service (`CALL_VERIFY_BY_ELEMEN`) answers. We verify rather than fetch: the
 * answer says whether each element matches, never the person's data (UU 27/2022: minimisation).
 */
export interface PersonVerificationRequest {
  nik: Nik;
  fullName?: string;
  /** `YYYY-MM-DD`. */
  birthDate?: string;
  birthPlace?: string;
}

export interface FieldMatch {
  matches: boolean;
  /** 0–100 for the fuzzy elements (names, places), when the registry gives one. */
  score?: number;
}

export type VerifiedField = 'fullName' | 'birthDate' | 'birthPlace';

export type PersonVerification = { found: false } | { found: true; fields: Partial<Record<VerifiedField, FieldMatch>> };

export interface CallOptions {
  /** Aborted when the caller's deadline passes: the adapter stops waiting at once. */
  signal?: AbortSignal;
}

export interface PopulationRegistry {
  verifyPerson(request: PersonVerificationRequest, options?: CallOptions): Promise<PersonVerification>;
}

/** The answer class for the audit trail: never the data itself. */
export function verificationOutcome(result: PersonVerification): 'match' | 'no-match' | 'not-found' {
  if (!result.found) return 'not-found';
  return Object.values(result.fields).every((field) => field?.matches) ? 'match' : 'no-match';
}
