import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  type ApplicationAction,
  type ApplicationStatus,
  assertNoteGiven,
  isFinalApplicationStatus,
  nextApplicationStatus,
  slaClockRuns,
} from './application-lifecycle';

/** The whole table: every action from every status, allowed or not. */
const ALLOWED: Record<ApplicationAction, Partial<Record<ApplicationStatus, ApplicationStatus>>> = {
  submit: { draft: 'submitted' },
  resubmit: { needs_revision: 'submitted' },
  withdraw: { draft: 'withdrawn', submitted: 'withdrawn', needs_revision: 'withdrawn', verified: 'withdrawn' },
  verify: { submitted: 'verified' },
  request_revision: { submitted: 'needs_revision', verified: 'needs_revision', in_process: 'needs_revision' },
  process: { verified: 'in_process' },
  complete: { in_process: 'completed' },
  reject: { submitted: 'rejected', verified: 'rejected', in_process: 'rejected' },
};

describe('application lifecycle', () => {
  const cases = APPLICATION_ACTIONS.flatMap((action) => APPLICATION_STATUSES.map((status) => [action, status] as const));

  it.each(cases)('%s from %s: allowed exactly as the table says', (action, status) => {
    const expected = ALLOWED[action][status];
    if (expected) expect(nextApplicationStatus(status, action)).toBe(expected);
    else
      expect(() => nextApplicationStatus(status, action)).toThrow(
        expect.objectContaining({ code: 'APPLICATION_STATE_CONFLICT', path: 'action' }),
      );
  });

  it('lets nothing move a finished application', () => {
    for (const status of APPLICATION_STATUSES.filter(isFinalApplicationStatus)) {
      for (const action of APPLICATION_ACTIONS) expect(() => nextApplicationStatus(status, action)).toThrow();
    }
  });

  it('runs the SLA clock only while the agency holds the file', () => {
    expect(APPLICATION_STATUSES.filter(slaClockRuns)).toEqual(['submitted', 'verified', 'in_process']);
  });

  it.each([
    ['request_revision', true],
    ['reject', true],
    ['complete', true],
    ['verify', false],
    ['submit', false],
  ] as const)('%s needs a note: %s', (action, needed) => {
    if (needed) {
      expect(() => assertNoteGiven(action, undefined)).toThrow(
        expect.objectContaining({ code: 'APPLICATION_NOTE_REQUIRED', path: 'note' }),
      );
      expect(() => assertNoteGiven(action, '   ')).toThrow();
    } else expect(() => assertNoteGiven(action, undefined)).not.toThrow();
    expect(() => assertNoteGiven(action, 'Fotokopi KK kurang jelas')).not.toThrow();
  });
});
