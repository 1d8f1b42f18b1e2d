import { ConflictError } from '../errors/domain-error';
import { callAnnouncement, indonesianNumber } from './announcement';
import { assertCheckInWindow, slotsOf } from './booking-rules';
import { PhoneNumber } from './phone-number';
import { nextStatus, TICKET_ACTIONS, TICKET_STATUSES } from './ticket-lifecycle';
import { formatTicketNumber, parseTicketNumber, serviceDateAt } from './ticket-number';
import { estimatedWaitMinutes, minuteBucket, percentileMinutes } from './waiting-figures';

describe('ticket numbers', () => {
  it('pads to three digits and parses back', () => {
    expect(formatTicketNumber('A', 7)).toBe('A-007');
    expect(formatTicketNumber('PB', 1203)).toBe('PB-1203');
    expect(parseTicketNumber('a-007')).toEqual({ prefix: 'A', sequence: 7 });
    expect(() => parseTicketNumber('A7')).toThrow(expect.objectContaining({ code: 'TICKET_NUMBER_INVALID' }));
  });

  it('belongs to the day of the mall’s own zone', () => {
    const lateUtc = new Date('2026-11-25T17:30:00Z');
    expect(serviceDateAt(lateUtc, 7)).toBe('2026-11-26');
    expect(serviceDateAt(new Date('2026-11-25T16:30:00Z'), 7)).toBe('2026-11-25');
    expect(serviceDateAt(new Date('2026-11-25T15:30:00Z'), 9)).toBe('2026-11-26');
  });
});

describe('ticket lifecycle', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = TICKET_ACTIONS.flatMap((action) =>
      TICKET_STATUSES.filter((status) => {
        try {
          nextStatus(status, action);
          return true;
        } catch (error) {
          expect(error).toBeInstanceOf(ConflictError);
          return false;
        }
      }).map((status) => `${status}-${action}->${nextStatus(status, action)}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'waiting-call->called',
        'held-call->called',
        'called-recall->called',
        'called-start->serving',
        'called-hold->held',
        'serving-hold->held',
        'called-skip->no_show',
        'called-transfer->waiting',
        'serving-transfer->waiting',
        'held-transfer->waiting',
        'serving-finish->done',
        'waiting-cancel->cancelled',
      ].sort(),
    );
  });

  it('names the states an action needs', () => {
    expect(() => nextStatus('done', 'finish')).toThrow('finish applies to serving tickets');
  });
});

describe('call announcement', () => {
  it('reads ticket digits one by one and the counter as a number', () => {
    expect(callAnnouncement('A-007', 'Loket 3')).toEqual({
      id: 'Nomor antrean A nol nol tujuh, silakan ke loket tiga',
      en: 'Number A zero zero seven, please go to counter three',
    });
    expect(callAnnouncement('PB-112', 'Loket 12').id).toBe('Nomor antrean P B satu satu dua, silakan ke loket dua belas');
    expect(callAnnouncement('B-010', 'Meja Informasi').id).toBe('Nomor antrean B nol satu nol, silakan ke Meja Informasi');
  });

  it('knows Indonesian number words', () => {
    expect([1, 10, 11, 15, 20, 21, 100, 111, 245].map(indonesianNumber)).toEqual([
      'satu',
      'sepuluh',
      'sebelas',
      'lima belas',
      'dua puluh',
      'dua puluh satu',
      'seratus',
      'seratus sebelas',
      'dua ratus empat puluh lima',
    ]);
  });
});

describe('bookings', () => {
  it('cuts opening periods into whole slots', () => {
    const from = new Date('2026-11-26T01:00:00Z');
    const slots = slotsOf([{ from, to: new Date('2026-11-26T01:50:00Z') }], 15);
    expect(slots.map((slot) => slot.start.toISOString().slice(11, 16))).toEqual(['01:00', '01:15', '01:30']);
  });

  it('opens check-in 30 minutes before the slot and lapses 10 minutes after', () => {
    const slot = new Date('2026-11-26T02:00:00Z');
    expect(() => assertCheckInWindow(slot, new Date('2026-11-26T01:29:00Z'))).toThrow(
      expect.objectContaining({ code: 'CHECK_IN_TOO_EARLY' }),
    );
    expect(() => assertCheckInWindow(slot, new Date('2026-11-26T01:30:00Z'))).not.toThrow();
    expect(() => assertCheckInWindow(slot, new Date('2026-11-26T02:10:00Z'))).not.toThrow();
    expect(() => assertCheckInWindow(slot, new Date('2026-11-26T02:10:01Z'))).toThrow(expect.objectContaining({ code: 'BOOKING_LAPSED' }));
  });
});

describe('figures', () => {
  it('reads p90 from minute buckets', () => {
    const histogram = new Array(241).fill(0);
    for (let i = 0; i < 9; i++) histogram[minuteBucket(60 * 2 + 5)]++;
    histogram[minuteBucket(60 * 30)]++;
    expect(percentileMinutes(histogram, 0.9)).toBe(3);
    expect(percentileMinutes(histogram, 1)).toBe(31);
    expect(percentileMinutes(new Array(241).fill(0), 0.9)).toBeNull();
    expect(minuteBucket(999_999)).toBe(240);
  });

  it('estimates the wait from the people ahead and the open counters, rounding up', () => {
    expect(estimatedWaitMinutes({ ahead: 4, meanServiceSeconds: 300, openCounters: 2 })).toBe(10);
    expect(estimatedWaitMinutes({ ahead: 1, meanServiceSeconds: 100, openCounters: 0 })).toBe(2);
    expect(estimatedWaitMinutes({ ahead: 0, meanServiceSeconds: 300, openCounters: 1 })).toBe(0);
  });
});

describe('contact data', () => {
  it('normalises and masks mobile numbers', () => {
    const phone = PhoneNumber.parse('0812-3456-7890');
    expect(phone.value).toBe('+6281234567890');
    expect(phone.masked).toBe('+62812*****890');
    expect(() => PhoneNumber.parse('021-555-1234')).toThrow(expect.objectContaining({ code: 'PHONE_INVALID' }));
  });
});
