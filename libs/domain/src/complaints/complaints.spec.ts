import { complaintDeadlines, complaintOverdue } from './complaint-deadlines';
import { type ComplaintAction, type ComplaintStatus, nextComplaintStatus, publicComplaintStatus } from './complaint-lifecycle';

// National holidays and cuti bersama of 2026 around Nyepi and Idul Fitri, and Christmas
// (deployments/national/holidays.yaml).
const CALENDAR = {
  closedDates: new Set([
    '2026-03-18',
    '2026-03-19',
    '2026-03-20',
    '2026-03-21',
    '2026-03-22',
    '2026-03-23',
    '2026-03-24',
    '2026-12-24',
    '2026-12-25',
  ]),
};
const DAYS = { firstResponseWorkingDays: 5, resolutionWorkingDays: 14 };

describe('complaintDeadlines', () => {
  it.each([
    // Received Monday 16 March: the 17th counts, then nothing until the 25th.
    ['2026-03-16', '2026-03-30', '2026-04-10'],
    // Received Tuesday 22 December: 23, (24 cuti bersama, 25 Natal, weekend), 28, 29, 30, 31.
    ['2026-12-22', '2026-12-31', '2027-01-13'],
    // An ordinary week: five working days later.
    ['2026-11-02', '2026-11-09', '2026-11-20'],
  ])('received %s: first response by %s, answer by %s, skipping weekends, holidays and cuti bersama', (received, first, resolution) => {
    expect(complaintDeadlines(CALENDAR, received, DAYS)).toEqual({ firstResponseDue: first, resolutionDue: resolution });
  });

  it('flags the first response overdue the day after its deadline, then the resolution', () => {
    const deadlines = { firstResponseDue: '2026-12-08', resolutionDue: '2026-12-21' };
    expect(complaintOverdue('assigned', deadlines, '2026-12-08')).toBeNull();
    expect(complaintOverdue('assigned', deadlines, '2026-12-09')).toBe('first_response');
    expect(complaintOverdue('replied', deadlines, '2026-12-22')).toBe('resolution');
    expect(complaintOverdue('answered', deadlines, '2026-12-22')).toBeNull();
    expect(complaintOverdue('closed', deadlines, '2027-01-30')).toBeNull();
  });
});

describe('nextComplaintStatus', () => {
  it.each<[ComplaintStatus, ComplaintAction, ComplaintStatus]>([
    ['received', 'verify', 'verified'],
    ['received', 'archive', 'archived'],
    ['verified', 'assign', 'assigned'],
    ['assigned', 'answer', 'answered'],
    ['answered', 'reply', 'replied'],
    ['replied', 'answer', 'answered'],
    ['answered', 'close', 'closed'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextComplaintStatus(from, action, 'catatan')).toBe(to);
  });

  it.each<[ComplaintStatus, ComplaintAction]>([
    ['received', 'assign'],
    ['received', 'answer'],
    ['assigned', 'archive'],
    ['closed', 'reply'],
    ['archived', 'verify'],
    ['replied', 'close'],
  ])('refuses %s --%s-->', (from, action) => {
    expect(() => nextComplaintStatus(from, action, 'catatan')).toThrow(expect.objectContaining({ code: 'COMPLAINT_STATE_CONFLICT' }));
  });

  it('needs a note to archive, answer and reply', () => {
    for (const [from, action] of [
      ['received', 'archive'],
      ['assigned', 'answer'],
      ['answered', 'reply'],
    ] as const) {
      expect(() => nextComplaintStatus(from, action, '  ')).toThrow(
        expect.objectContaining({ code: 'COMPLAINT_NOTE_REQUIRED', path: 'note' }),
      );
    }
  });

  it('shows the public LAPOR!’s status names', () => {
    expect(['received', 'assigned', 'replied', 'closed', 'archived'].map((s) => publicComplaintStatus(s as ComplaintStatus))).toEqual([
      'belum_terverifikasi',
      'belum_ditindaklanjuti',
      'proses',
      'selesai',
      'diarsipkan',
    ]);
  });
});
