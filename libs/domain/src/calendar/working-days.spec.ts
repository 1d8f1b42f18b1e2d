import { type DatedClosure, type OpeningCalendar, openingStatus } from './opening-calendar';
import { addWorkingDays, countWorkingDays, isWorkingDay } from './working-days';

/** The national days around the turn of 2026/2027 as deployments/national/holidays.yaml lists them. */
const turnOfTheYear: DatedClosure[] = [
  { date: '2026-12-24', reason: 'Cuti bersama Hari Raya Natal' },
  { date: '2026-12-25', reason: 'Hari Raya Natal' },
  { date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' },
  { date: '2027-01-06', reason: 'Isra Mikraj Nabi Muhammad SAW' },
];

describe('working days across the turn of the year', () => {
  it.each([
    ['2026-12-31', true], // Thursday
    ['2027-01-01', false], // Friday, New Year
    ['2027-01-02', false], // Saturday
    ['2027-01-04', true], // Monday
    ['2027-01-06', false], // Wednesday, Isra Mikraj
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date, turnOfTheYear)).toBe(expected);
  });

  it('counts the working days of the last fortnight of 2026 and the first week of 2027', () => {
    // 21–31 Dec: 9 weekdays less the 24th and 25th; 1–8 Jan: 6 weekdays less the 1st and the 6th.
    expect(countWorkingDays('2026-12-21', '2026-12-31', turnOfTheYear)).toBe(7);
    expect(countWorkingDays('2027-01-01', '2027-01-08', turnOfTheYear)).toBe(4);
    expect(countWorkingDays('2026-12-21', '2027-01-08', turnOfTheYear)).toBe(11);
    expect(countWorkingDays('2027-01-08', '2026-12-21', turnOfTheYear)).toBe(0);
  });

  it('finds the day a 3-working-day service submitted on 30 Dec 2026 is done, skipping New Year and the weekend', () => {
    expect(addWorkingDays('2026-12-30', 3, turnOfTheYear)).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-30', 4, turnOfTheYear)).toBe('2027-01-07');
    expect(addWorkingDays('2026-12-31', 0, turnOfTheYear)).toBe('2026-12-31');
  });

  it('would count New Year as a working day if 2027 were not loaded, which is what the coverage warning prevents', () => {
    expect(addWorkingDays('2026-12-30', 3, turnOfTheYear.slice(0, 2))).toBe('2027-01-04');
  });

  it('refuses a made-up date and a negative count', () => {
    expect(() => countWorkingDays('2026-02-30', '2026-03-02', [])).toThrow(/not a date/);
    expect(() => addWorkingDays('2026-12-30', -1, [])).toThrow(/0 or more/);
  });
});

describe('opening status across the turn of the year', () => {
  const mall: OpeningCalendar = {
    utcOffsetHours: 8, // WITA: the year turns at 16:00 UTC
    weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, [{ from: '08:00', to: '15:00' }]])),
    closedDates: turnOfTheYear,
  };
  const wita = (local: string) => new Date(`${local}:00+08:00`);

  it('is open on the morning of 31 Dec 2026 and says it closes that afternoon', () => {
    expect(openingStatus(mall, wita('2026-12-31T09:00'))).toMatchObject({ open: true, openUntil: wita('2026-12-31T15:00') });
  });

  it('is closed on 1 Jan 2027 for New Year, in the site’s own zone though UTC is still 31 Dec, and opens again on Saturday', () => {
    const status = openingStatus(mall, new Date('2026-12-31T17:00:00Z'));
    expect(status).toMatchObject({ open: false, closedReason: 'holiday', closedLabel: 'Tahun Baru 2027 Masehi' });
    expect(status.nextOpening).toEqual(wita('2027-01-02T08:00'));
  });

  it('after closing on 31 Dec points at 2 Jan, not at New Year’s Day', () => {
    expect(openingStatus(mall, wita('2026-12-31T16:00')).nextOpening).toEqual(wita('2027-01-02T08:00'));
  });
});
