import { ConflictError, InvalidValueError } from '../errors/domain-error';

/**
 * A complaint's (pengaduan) life, after the flow of SP4N-LAPOR! (PermenPANRB 62/2018):
 *
 *   received ─verify─▶ verified ─assign─▶ assigned ─answer─▶ answered ─close─▶ closed
 *      │                  │                                   │    ▲
 *      └──── archive ─────┘ (unintelligible)                reply  answer
 *                                                             ▼    │
 *                                                            replied
 *
 * The region's complaint desk verifies, archives and assigns; the agency answers; the citizen
 * may reply to an answer (the agency answers again) or close it, and the desk may close an
 * answered complaint the citizen left. Every move that the other side must read needs a note.
 */
export const COMPLAINT_STATUSES = ['received', 'verified', 'assigned', 'answered', 'replied', 'closed', 'archived'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_ACTIONS = ['verify', 'archive', 'assign', 'answer', 'reply', 'close'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** Moves of the region's complaint desk (region admin), of the agency, and of the citizen. */
export const DESK_ACTIONS: readonly ComplaintAction[] = ['verify', 'archive', 'assign', 'close'];
export const AGENCY_ACTIONS: readonly ComplaintAction[] = ['answer'];
export const CITIZEN_ACTIONS: readonly ComplaintAction[] = ['reply', 'close'];

const MOVES: Record<ComplaintAction, { from: readonly ComplaintStatus[]; to: ComplaintStatus; note: boolean }> = {
  verify: { from: ['received'], to: 'verified', note: false },
  archive: { from: ['received', 'verified'], to: 'archived', note: true },
  assign: { from: ['verified'], to: 'assigned', note: false },
  answer: { from: ['assigned', 'replied'], to: 'answered', note: true },
  reply: { from: ['answered'], to: 'replied', note: true },
  close: { from: ['answered'], to: 'closed', note: false },
};

/** The status `action` leads to from `from`; raises COMPLAINT_STATE_CONFLICT or COMPLAINT_NOTE_REQUIRED. */
export function nextComplaintStatus(from: ComplaintStatus, action: ComplaintAction, note?: string): ComplaintStatus {
  const move = MOVES[action];
  if (!move.from.includes(from)) {
    throw new ConflictError(
      'COMPLAINT_STATE_CONFLICT',
      `a complaint that is ${from} cannot be ${action === 'reply' ? 'replied to' : `${action}d`}`,
      'action',
    );
  }
  if (move.note && !note?.trim()) {
    throw new InvalidValueError('COMPLAINT_NOTE_REQUIRED', `${action} needs a note the other side can read`, 'note');
  }
  return move.to;
}

/** Whether the complaint still waits for the agency's first follow-up (the first-response clock runs). */
export function awaitsFirstResponse(status: ComplaintStatus): boolean {
  return status === 'received' || status === 'verified' || status === 'assigned';
}

/** Whether the complaint is still open (the resolution clock runs). */
export function isOpenComplaint(status: ComplaintStatus): boolean {
  return status !== 'closed' && status !== 'archived';
}

/**
 * The status the public sees, in LAPOR!'s words (shared/domain/complaints.md; exact names [U]):
 * belum terverifikasi → belum ditindaklanjuti → proses → selesai, or diarsipkan.
 */
export function publicComplaintStatus(status: ComplaintStatus): string {
  switch (status) {
    case 'received':
      return 'belum_terverifikasi';
    case 'verified':
    case 'assigned':
      return 'belum_ditindaklanjuti';
    case 'answered':
    case 'replied':
      return 'proses';
    case 'closed':
      return 'selesai';
    case 'archived':
      return 'diarsipkan';
  }
}
