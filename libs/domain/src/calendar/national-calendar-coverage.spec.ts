import { nationalCalendarGap } from './national-calendar-coverage';

describe('nationalCalendarGap', () => {
  it('is silent while the next 90 days fall in loaded years', () => {
    expect(nationalCalendarGap([2026], '2026-10-02')).toBeUndefined();
    expect(nationalCalendarGap([2026, 2027], '2026-12-01')).toBeUndefined();
  });

  it('warns 90 days ahead of a year that is not loaded, from its first day', () => {
    expect(nationalCalendarGap([2026], '2026-10-03')).toEqual({ uncoveredFrom: '2027-01-01', missingYears: [2027] });
    expect(nationalCalendarGap([2026], '2026-12-01')).toEqual({ uncoveredFrom: '2027-01-01', missingYears: [2027] });
  });

  it('names today when the current year itself is missing', () => {
    expect(nationalCalendarGap([2026], '2027-02-01')).toEqual({ uncoveredFrom: '2027-02-01', missingYears: [2027] });
    expect(nationalCalendarGap([], '2027-11-01')).toEqual({ uncoveredFrom: '2027-11-01', missingYears: [2027, 2028] });
  });

  it('takes another horizon', () => {
    expect(nationalCalendarGap([2026], '2026-12-01', 31)).toEqual({ uncoveredFrom: '2027-01-01', missingYears: [2027] });
    expect(nationalCalendarGap([2026], '2026-12-01', 30)).toBeUndefined();
  });
});
