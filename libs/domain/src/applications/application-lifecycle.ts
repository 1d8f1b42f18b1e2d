import { ConflictError, InvalidValueError } from '../errors/domain-error';

/**
 * An application's (permohonan) life, from the citizen's draft to the agency's answer:
 *
 *   draft ─submit─▶ submitted ─verify─▶ verified ─process─▶ in_process ─complete─▶ completed
 *                     │   ▲                │                    │
 *                     │   └──resubmit──┐   │                    └─reject─▶ rejected
 *                     └─request_revision─▶ needs_revision ◀─────┘ (also from verified)
 *   withdraw (by the applicant): from draft, submitted, needs_revision or verified ─▶ withdrawn
 *   reject: from submitted, verified or in_process
 *
 * Some moves belong to the applicant (or the integrator acting for them), the others to the
 * agency's staff; a move needs a note where the other side must read why (what to fix, why
 * refused, where to pick the result up).
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'verified',
  'needs_revision',
  'in_process',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTIONS = [
  'submit',
  'resubmit',
  'withdraw',
  'verify',
  'request_revision',
  'process',
  'complete',
  'reject',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const APPLICANT_ACTIONS: readonly ApplicationAction[] = ['submit', 'resubmit', 'withdraw'];
export const STAFF_ACTIONS: readonly ApplicationAction[] = ['verify', 'request_revision', 'process', 'complete', 'reject'];

const ALLOWED_FROM: Record<ApplicationAction, readonly ApplicationStatus[]> = {
  submit: ['draft'],
  resubmit: ['needs_revision'],
  withdraw: ['draft', 'submitted', 'needs_revision', 'verified'],
  verify: ['submitted'],
  request_revision: ['submitted', 'verified', 'in_process'],
  process: ['verified'],
  complete: ['in_process'],
  reject: ['submitted', 'verified', 'in_process'],
};

const RESULT: Record<ApplicationAction, ApplicationStatus> = {
  submit: 'submitted',
  resubmit: 'submitted',
  withdraw: 'withdrawn',
  verify: 'verified',
  request_revision: 'needs_revision',
  process: 'in_process',
  complete: 'completed',
  reject: 'rejected',
};

/** Moves the other side cannot act on without reading why. */
const NOTE_REQUIRED: Partial<Record<ApplicationAction, string>> = {
  request_revision: 'say what the applicant must fix',
  reject: 'give the reason for the refusal',
  complete: 'say where and how to pick up the result (or attach the result document)',
};

/** The statuses an application may be in for `action` to apply; the store checks it in the same statement. */
export function applicationStatusesAllowing(action: ApplicationAction): readonly ApplicationStatus[] {
  return ALLOWED_FROM[action];
}

/** The status after `action`, or 409 APPLICATION_STATE_CONFLICT naming the states that allow it. */
export function nextApplicationStatus(current: ApplicationStatus, action: ApplicationAction): ApplicationStatus {
  if (!ALLOWED_FROM[action].includes(current)) {
    throw new ConflictError(
      'APPLICATION_STATE_CONFLICT',
      `cannot ${action} an application that is ${current}; ${action} applies to ${ALLOWED_FROM[action].join(' or ')} applications`,
      'action',
    );
  }
  return RESULT[action];
}

/** 400 APPLICATION_NOTE_REQUIRED when the move needs a note and has none. */
export function assertNoteGiven(action: ApplicationAction, note: string | undefined): void {
  const why = NOTE_REQUIRED[action];
  if (why && !note?.trim()) throw new InvalidValueError('APPLICATION_NOTE_REQUIRED', `${action} needs a note: ${why}`, 'note');
}

/** Finished with: no further move, no SLA. */
export function isFinalApplicationStatus(status: ApplicationStatus): boolean {
  return status === 'completed' || status === 'rejected' || status === 'withdrawn';
}

/**
 * Whether the agency's SLA clock runs in this status. It stops while the file is with the
 * applicant (a draft, or sent back for revision) and once the application is finished.
 */
export function slaClockRuns(status: ApplicationStatus): boolean {
  return status === 'submitted' || status === 'verified' || status === 'in_process';
}
