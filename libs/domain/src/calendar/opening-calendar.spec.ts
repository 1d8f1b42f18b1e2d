import { isCalendarDate, isTimeOfDay, type OpeningCalendar, openingStatus, specialDays, weekdayOf } from './opening-calendar';

/** Kota Bogor-like hours, WIB (UTC+7). 2026-11-25 is a Wednesday. */
const mall: OpeningCalendar = {
  utcOffsetHours: 7,
  weekly: {
    mon: [{ from: '07:30', to: '16:00' }],
    tue: [{ from: '07:30', to: '16:00' }],
    wed: [{ from: '07:30', to: '16:00' }],
    thu: [{ from: '07:30', to: '16:00' }],
    fri: [{ from: '07:30', to: '16:30' }],
    sat: [{ from: '07:30', to: '12:00' }],
  },
  breaks: [{ days: ['fri'], from: '11:30', to: '13:00', reason: 'Salat Jumat' }],
  ticketCutoff: { mon: '15:00', tue: '15:00', wed: '15:00', thu: '15:00', fri: '15:30', sat: '11:00' },
  closedDates: [
    { date: '2026-12-24', reason: 'Cuti bersama Natal' },
    { date: '2026-12-25', reason: 'Hari Raya Natal' },
  ],
  overrides: [
    { date: '2026-12-02', kind: 'closed', from: '13:00', to: '16:00', reason: 'Rapat koordinasi' },
    { date: '2026-12-06', kind: 'open', hours: [{ from: '08:00', to: '12:00' }], reason: 'Pelayanan KTP-el hari Minggu' },
    { date: '2026-12-07', kind: 'closed', reason: 'Pemadaman listrik terjadwal' },
  ],
};

/** A wall-clock time in WIB as an instant. */
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('openingStatus', () => {
  it('is open and taking tickets on a weekday morning, until closing and the cut-off', () => {
    expect(openingStatus(mall, wib('2026-11-25T08:00'))).toEqual({
      open: true,
      acceptingTickets: true,
      openUntil: wib('2026-11-25T16:00'),
      ticketsUntil: wib('2026-11-25T15:00'),
    });
  });

  it('keeps serving after the ticket cut-off without issuing tickets', () => {
    expect(openingStatus(mall, wib('2026-11-25T15:30'))).toEqual({
      open: true,
      acceptingTickets: false,
      openUntil: wib('2026-11-25T16:00'),
    });
  });

  it.each([
    ['before opening', '2026-11-25T06:00', 'before-opening', undefined, '2026-11-25T07:30'],
    ['after closing', '2026-11-25T16:00', 'after-closing', undefined, '2026-11-26T07:30'],
    ['in the Friday prayer break', '2026-11-27T12:00', 'break', 'Salat Jumat', '2026-11-27T13:00'],
    ['on a Sunday', '2026-11-29T10:00', 'closed-day', undefined, '2026-11-30T07:30'],
    ['on a holiday', '2026-12-25T09:00', 'holiday', 'Hari Raya Natal', '2026-12-26T07:30'],
    ['on cuti bersama', '2026-12-24T09:00', 'holiday', 'Cuti bersama Natal', '2026-12-26T07:30'],
    ['in an afternoon closed by an override', '2026-12-02T14:00', 'override', 'Rapat koordinasi', '2026-12-03T07:30'],
    ['on a day closed by an override', '2026-12-07T09:00', 'override', 'Pemadaman listrik terjadwal', '2026-12-08T07:30'],
  ])('is closed %s, says why, and when it opens next', (_name, at, reason, label, next) => {
    const status = openingStatus(mall, wib(at));
    expect(status).toMatchObject({ open: false, acceptingTickets: false, closedReason: reason, nextOpening: wib(next) });
    expect(status.closedLabel).toBe(label);
  });

  it('is open before an afternoon closure, until it starts', () => {
    expect(openingStatus(mall, wib('2026-12-02T10:00'))).toMatchObject({
      open: true,
      openUntil: wib('2026-12-02T13:00'),
      ticketsUntil: wib('2026-12-02T13:00'),
    });
  });

  it('opens on an extra day with its own hours', () => {
    expect(openingStatus(mall, wib('2026-12-06T09:00'))).toMatchObject({
      open: true,
      acceptingTickets: true,
      openUntil: wib('2026-12-06T12:00'),
    });
  });

  it('stops tickets at the Saturday cut-off', () => {
    expect(openingStatus(mall, wib('2026-11-28T11:30'))).toEqual({
      open: true,
      acceptingTickets: false,
      openUntil: wib('2026-11-28T12:00'),
    });
  });

  it('reopens after the Friday break until the later Friday closing', () => {
    expect(openingStatus(mall, wib('2026-11-27T13:00'))).toMatchObject({
      open: true,
      openUntil: wib('2026-11-27T16:30'),
      ticketsUntil: wib('2026-11-27T15:30'),
    });
  });

  it('reads the clock in the site’s own zone', () => {
    const makassar: OpeningCalendar = { ...mall, utcOffsetHours: 8 };
    // 00:30 UTC is 07:30 WIB (open) but 08:30 WITA; 23:00 UTC the day before is 06:00 WIB but 07:00 WITA (closed).
    expect(openingStatus(mall, new Date('2026-11-25T00:29:00Z')).open).toBe(false);
    expect(openingStatus(makassar, new Date('2026-11-24T23:30:00Z')).open).toBe(true);
    expect(openingStatus(makassar, new Date('2026-11-24T23:00:00Z')).nextOpening).toEqual(new Date('2026-11-24T23:30:00Z'));
  });

  describe('for a service with its own hours', () => {
    const passport: OpeningCalendar = {
      utcOffsetHours: 7,
      weekly: { mon: [{ from: '08:00', to: '12:00' }], wed: [{ from: '08:00', to: '12:00' }] },
      ticketCutoff: { wed: '11:00' },
    };

    it('is open only when both the site and the service are', () => {
      expect(openingStatus(mall, wib('2026-11-25T07:45'), passport)).toMatchObject({
        open: false,
        closedReason: 'before-opening',
        nextOpening: wib('2026-11-25T08:00'),
      });
      expect(openingStatus(mall, wib('2026-11-25T09:00'), passport)).toEqual({
        open: true,
        acceptingTickets: true,
        openUntil: wib('2026-11-25T12:00'),
        ticketsUntil: wib('2026-11-25T11:00'),
      });
      expect(openingStatus(mall, wib('2026-11-25T13:00'), passport)).toMatchObject({ open: false, nextOpening: wib('2026-11-30T08:00') });
    });

    it('follows the site’s holidays', () => {
      expect(openingStatus(mall, wib('2026-12-24T09:00'), passport)).toMatchObject({ open: false, closedReason: 'holiday' });
    });
  });

  it('finds no next opening for a calendar that never opens', () => {
    expect(openingStatus({ utcOffsetHours: 9, weekly: {} }, new Date('2026-11-25T00:00:00Z'))).toEqual({
      open: false,
      acceptingTickets: false,
      closedReason: 'closed-day',
      nextOpening: undefined,
    });
  });
});

describe('calendar values', () => {
  it('knows the weekday of a date', () => {
    expect(['2026-11-25', '2026-11-29', '2027-01-01'].map(weekdayOf)).toEqual(['wed', 'sun', 'fri']);
  });

  it.each([
    ['07:30', true],
    ['24:00', true],
    ['7:30', false],
    ['24:30', false],
    ['12:60', false],
  ])('reads %s as a time of day: %s', (value, valid) => {
    expect(isTimeOfDay(value)).toBe(valid);
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-01-01', false],
  ])('reads %s as a date: %s', (value, valid) => {
    expect(isCalendarDate(value)).toBe(valid);
  });
});

describe('specialDays', () => {
  it('lists whole days closed on usual opening days and days opened on usual closed days, in date order', () => {
    expect(specialDays(mall, '2026-12-01', 30)).toEqual([
      { date: '2026-12-06', open: true, reason: 'Pelayanan KTP-el hari Minggu', hours: [{ from: '08:00', to: '12:00' }] },
      { date: '2026-12-07', open: false, reason: 'Pemadaman listrik terjadwal' },
      { date: '2026-12-24', open: false, reason: 'Cuti bersama Natal' },
      { date: '2026-12-25', open: false, reason: 'Hari Raya Natal' },
    ]);
  });

  it('leaves out part-day closings, holidays on days the site is shut anyway, and days outside the window', () => {
    const sundayHoliday: OpeningCalendar = {
      ...mall,
      closedDates: [{ date: '2026-12-27', reason: 'Libur di hari Minggu' }],
      overrides: [],
    };
    expect(specialDays(sundayHoliday, '2026-12-01', 30)).toEqual([]);
    expect(specialDays(mall, '2026-12-01', 5)).toEqual([]);
    expect(specialDays(mall, '2026-12-25', 1)).toEqual([{ date: '2026-12-25', open: false, reason: 'Hari Raya Natal' }]);
  });
});
