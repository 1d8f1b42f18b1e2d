import { isWorkingDay } from '../calendar/working-days';
import { completionWorkingDays, slaFlag, slaPosition, type SlaSegment, slaSegments, type WorkingDayCalendar } from './working-day-sla';

/**
 * The national calendar of March 2026 (deployments/national/holidays.yaml): Nyepi on Thursday
 * the 19th, Idul Fitri on the weekend of the 21st and 22nd, cuti bersama on the 18th, 20th,
 * 23rd and 24th. Kota Bogor's anniversary (3 June) is a local holiday.
 */
const CALENDAR: WorkingDayCalendar = {
  closedDates: new Set(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-06-03']),
};

describe('working days', () => {
  it.each([
    ['2026-03-02', true, 'a Monday'],
    ['2026-03-07', false, 'a Saturday'],
    ['2026-03-08', false, 'a Sunday'],
    ['2026-03-19', false, 'Nyepi'],
    ['2026-03-23', false, 'cuti bersama'],
    ['2026-06-03', false, 'a local holiday'],
    ['2026-06-04', true, 'the Thursday after it'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, CALENDAR.closedDates)).toBe(expected);
  });
});

describe('the SLA due date', () => {
  const open = (from: string): SlaSegment[] => [{ from }];
  it.each<[string, number, SlaSegment[], string, { due?: string; soon?: string; used: number; remaining: number }]>([
    [
      'counts from the working day after arrival',
      3,
      open('2026-03-02'),
      '2026-03-02',
      { due: '2026-03-05', soon: '2026-03-04', used: 0, remaining: 3 },
    ],
    ['skips a weekend', 3, open('2026-03-05'), '2026-03-05', { due: '2026-03-10', soon: '2026-03-09', used: 0, remaining: 3 }],
    [
      'arrival on a Saturday starts on Monday',
      1,
      open('2026-03-07'),
      '2026-03-07',
      { due: '2026-03-09', soon: '2026-03-06', used: 0, remaining: 1 },
    ],
    [
      'skips Nyepi, Idul Fitri and every cuti bersama',
      5,
      open('2026-03-16'),
      '2026-03-16',
      { due: '2026-03-30', soon: '2026-03-27', used: 0, remaining: 5 },
    ],
    ['skips a local holiday', 1, open('2026-06-02'), '2026-06-02', { due: '2026-06-04', soon: '2026-06-02', used: 0, remaining: 1 }],
    ['counts the days used so far', 5, open('2026-03-02'), '2026-03-05', { due: '2026-03-09', soon: '2026-03-06', used: 3, remaining: 2 }],
    [
      'stops while the file is back with the applicant',
      5,
      [{ from: '2026-03-12', to: '2026-03-17' }],
      '2026-03-20',
      { used: 3, remaining: 2 },
    ],
    [
      'sent back before the holidays, returned on a cuti bersama day: the rest counts after them',
      5,
      [{ from: '2026-03-12', to: '2026-03-17' }, { from: '2026-03-20' }],
      '2026-03-20',
      { due: '2026-03-26', soon: '2026-03-25', used: 3, remaining: 2 },
    ],
    [
      'returned the same day it was sent back: the day counts once',
      3,
      [{ from: '2026-03-02', to: '2026-03-03' }, { from: '2026-03-03' }],
      '2026-03-03',
      { due: '2026-03-05', soon: '2026-03-04', used: 1, remaining: 2 },
    ],
    [
      'the agency used its days before sending it back: due in the past when it returns',
      2,
      [{ from: '2026-03-02', to: '2026-03-06' }, { from: '2026-03-09' }],
      '2026-03-09',
      { due: '2026-03-04', soon: '2026-03-03', used: 4, remaining: 0 },
    ],
  ])('%s', (_name, days, segments, today, expected) => {
    const position = slaPosition(CALENDAR, days, segments, today);
    expect(position).toEqual({
      usedWorkingDays: expected.used,
      remainingWorkingDays: expected.remaining,
      ...(expected.due && { dueDate: expected.due, dueSoonFrom: expected.soon }),
    });
  });

  it('refuses a completion time that is not a whole number of days from 1', () => {
    expect(() => slaPosition(CALENDAR, 0, open('2026-03-02'), '2026-03-02')).toThrow(expect.objectContaining({ code: 'SLA_INVALID' }));
    expect(() => slaPosition(CALENDAR, 1.5, open('2026-03-02'), '2026-03-02')).toThrow();
  });

  it('refuses an open stretch that is not the last', () => {
    expect(() => slaPosition(CALENDAR, 1, [{ from: '2026-03-02' }, { from: '2026-03-04' }], '2026-03-04')).toThrow(
      expect.objectContaining({ code: 'SLA_INVALID', path: 'segments' }),
    );
  });
});

describe('SLA flags', () => {
  const position = { dueDate: '2026-03-30', dueSoonFrom: '2026-03-27' };
  it.each([
    ['2026-03-26', 'on_track'],
    ['2026-03-27', 'due_soon'],
    ['2026-03-29', 'due_soon'],
    ['2026-03-30', 'due_soon'],
    ['2026-03-31', 'overdue'],
  ])('on %s: %s', (today, flag) => {
    expect(slaFlag(position, today)).toBe(flag);
  });

  it('is paused without a due date', () => {
    expect(slaFlag({}, '2026-03-31')).toBe('paused');
  });
});

describe('completion time in working days', () => {
  it.each([
    [{ value: 5, unit: 'working_days' as const }, 5],
    [{ value: 1, unit: 'hours' as const }, 1],
    [{ value: 8, unit: 'hours' as const }, 1],
    [{ value: 9, unit: 'hours' as const }, 2],
    [{ value: 30, unit: 'minutes' as const }, 1],
  ])('%p is %p', (time, days) => {
    expect(completionWorkingDays(time)).toBe(days);
  });
});

describe('SLA stretches from the history', () => {
  const runs = (status: string) => ['submitted', 'verified', 'in_process'].includes(status);
  it('opens on submission, closes when sent back, reopens on return, closes when finished', () => {
    const moves = [
      { fromStatus: null, toStatus: 'draft', serviceDate: '2026-03-10' },
      { fromStatus: 'draft', toStatus: 'submitted', serviceDate: '2026-03-12' },
      { fromStatus: 'submitted', toStatus: 'verified', serviceDate: '2026-03-13' },
      { fromStatus: 'verified', toStatus: 'needs_revision', serviceDate: '2026-03-17' },
      { fromStatus: 'needs_revision', toStatus: 'submitted', serviceDate: '2026-03-20' },
    ];
    expect(slaSegments(moves, runs)).toEqual([{ from: '2026-03-12', to: '2026-03-17' }, { from: '2026-03-20' }]);
    expect(slaSegments([...moves, { fromStatus: 'submitted', toStatus: 'rejected', serviceDate: '2026-03-25' }], runs)).toEqual([
      { from: '2026-03-12', to: '2026-03-17' },
      { from: '2026-03-20', to: '2026-03-25' },
    ]);
  });

  it('starts at creation for a file submitted directly', () => {
    expect(slaSegments([{ fromStatus: null, toStatus: 'submitted', serviceDate: '2026-03-02' }], runs)).toEqual([{ from: '2026-03-02' }]);
  });
});
