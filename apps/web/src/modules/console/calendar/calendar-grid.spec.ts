import { describe, expect, it } from 'vitest';

import { calendarDays } from './calendar-grid';

const weekly = { mon: [{ from: '08:00', to: '16:00' }], sat: [{ from: '08:00', to: '12:00' }] };

describe('the console calendar', () => {
  it('starts on the Monday of the week and lays the weekly hours on each day', () => {
    const days = calendarDays('2026-12-03', 1, weekly, []);
    expect(days.map((day) => day.date)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(days[0]).toMatchObject({ hours: '08:00–16:00', open: true, today: false });
    expect(days[3]).toMatchObject({ open: false, today: true });
    expect(days[5]).toMatchObject({ hours: '08:00–12:00', open: true });
  });

  it('puts holidays and overrides over the week, with their reason', () => {
    const days = calendarDays('2026-12-21', 1, weekly, [
      { date: '2026-12-21', open: false, reason: 'Rapat koordinasi' },
      { date: '2026-12-26', open: true, hours: [{ from: '09:00', to: '11:00' }], reason: 'Layanan akhir pekan' },
    ]);
    expect(days[0]).toMatchObject({ open: false, hours: '', special: 'Rapat koordinasi' });
    expect(days[5]).toMatchObject({ open: true, hours: '09:00–11:00', special: 'Layanan akhir pekan' });
  });
});
