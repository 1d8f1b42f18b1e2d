import {
  CALL_ORDER_COUNT_CAP,
  callingOrder,
  type CallOrder,
  INITIAL_CALL_ORDER_STATE,
  joinsAtTheEnd,
  nextToCall,
  stateAfterCall,
  type WaitingTicket,
} from './call-order';

const MINUTE = 60_000;
const now = 100 * MINUTE;
const ticket = (id: string, waitedMinutes: number, extra: Partial<WaitingTicket> = {}): WaitingTicket => ({
  id,
  arrivedAt: now - waitedMinutes * MINUTE,
  ...extra,
});
const ids = (tickets: WaitingTicket[]) => tickets.map((t) => t.id);

describe('callingOrder', () => {
  it('fcfs calls by arrival and ignores priority marks', () => {
    const order = callingOrder([ticket('b', 5), ticket('p', 1, { priority: 'elderly' }), ticket('a', 9)], { strategy: 'fcfs' }, now);
    expect(ids(order)).toEqual(['a', 'b', 'p']);
  });

  it('breaks a tie within one millisecond by the ticket’s number', () => {
    const order = callingOrder([ticket('z', 5, { sequence: 8 }), ticket('a', 5, { sequence: 9 })], { strategy: 'fcfs' }, now);
    expect(ids(order)).toEqual(['z', 'a']);
  });

  it('booked_first puts due bookings first, by slot, and leaves early bookings in the walk-in line', () => {
    const order = callingOrder(
      [
        ticket('walk-early', 40),
        ticket('booked-due-late-slot', 2, { slotStart: now + 10 * MINUTE }),
        ticket('booked-due', 1, { slotStart: now - 5 * MINUTE }),
        ticket('booked-not-due', 50, { slotStart: now + 60 * MINUTE }),
      ],
      { strategy: 'booked_first', windowMinutes: 15 },
      now,
    );
    expect(ids(order)).toEqual(['booked-due', 'booked-due-late-slot', 'booked-not-due', 'walk-early']);
  });

  describe('weighted: each minute a priority visitor waits counts as `priorityWeight` minutes', () => {
    const weighted = { strategy: 'weighted', priorityWeight: 3 } as const;

    it('a priority visitor who waited 5 minutes goes before a regular one who waited 14', () => {
      expect(ids(callingOrder([ticket('regular', 14), ticket('priority', 5, { priority: 'pregnant' })], weighted, now))).toEqual([
        'priority',
        'regular',
      ]);
    });

    it('and after a regular one who waited 16', () => {
      expect(ids(callingOrder([ticket('regular', 16), ticket('priority', 5, { priority: 'pregnant' })], weighted, now))).toEqual([
        'regular',
        'priority',
      ]);
    });

    it('a priority visitor who just arrived does not jump ahead of someone already waiting', () => {
      expect(ids(callingOrder([ticket('regular', 1), ticket('priority', 0, { priority: 'disabled' })], weighted, now))).toEqual([
        'regular',
        'priority',
      ]);
    });
  });

  describe('ratio: one priority call after every N regular ones', () => {
    const ratio = { strategy: 'ratio', regularPerPriority: 2 } as const;
    const line = [
      ticket('r1', 30),
      ticket('r2', 29),
      ticket('r3', 28),
      ticket('r4', 27),
      ticket('p1', 10, { priority: 'elderly' }),
      ticket('p2', 9, { priority: 'child' }),
    ];

    it('starts with a waiting priority visitor, then alternates N regular and one priority', () => {
      expect(ids(callingOrder(line, ratio, now))).toEqual(['p1', 'r1', 'r2', 'p2', 'r3', 'r4']);
    });

    it('remembers the regular calls made since the last priority one', () => {
      const state = stateAfterCall(stateAfterCall({ regularSincePriority: 0 }, {}), {});
      expect(state.regularSincePriority).toBe(2);
      expect(ids(callingOrder(line, ratio, now, { regularSincePriority: 1 }))).toEqual(['r1', 'p1', 'r2', 'r3', 'p2', 'r4']);
    });

    it('starts a day owing a priority visitor the next call, and counts no higher than the cap', () => {
      expect(ids(callingOrder(line, ratio, now))).toEqual(ids(callingOrder(line, ratio, now, INITIAL_CALL_ORDER_STATE)));
      expect(ids(callingOrder(line, ratio, now))[0]).toBe('p1');
      expect(stateAfterCall(INITIAL_CALL_ORDER_STATE, {})).toEqual({ regularSincePriority: CALL_ORDER_COUNT_CAP });
      expect(stateAfterCall({ regularSincePriority: CALL_ORDER_COUNT_CAP - 1 }, {})).toEqual({
        regularSincePriority: CALL_ORDER_COUNT_CAP,
      });
      expect(stateAfterCall(INITIAL_CALL_ORDER_STATE, { priority: 'elderly' })).toEqual({ regularSincePriority: 0 });
    });

    it('serves either line alone when the other is empty', () => {
      expect(ids(callingOrder(line.slice(0, 2), ratio, now, { regularSincePriority: 5 }))).toEqual(['r1', 'r2']);
      expect(ids(callingOrder(line.slice(4), ratio, now, { regularSincePriority: 0 }))).toEqual(['p1', 'p2']);
    });
  });
});

describe('nextToCall across the services of one counter', () => {
  it('takes the head that has waited longest', () => {
    const next = nextToCall(
      [
        { key: 'ktp', order: { strategy: 'fcfs' }, state: { regularSincePriority: 0 }, tickets: [ticket('k1', 4)] },
        { key: 'kk', order: { strategy: 'fcfs' }, state: { regularSincePriority: 0 }, tickets: [ticket('f1', 9), ticket('f2', 20)] },
      ],
      now,
    );
    expect(next).toEqual({ key: 'kk', ticket: expect.objectContaining({ id: 'f2' }) });
  });

  it('returns nothing when nobody waits', () => {
    expect(nextToCall([{ key: 'ktp', order: { strategy: 'fcfs' }, state: { regularSincePriority: 0 }, tickets: [] }], now)).toBeUndefined();
  });
});

describe('joinsAtTheEnd: a newcomer whose place is the line’s count', () => {
  const crowd = [
    ticket('r1', 30, { sequence: 1 }),
    ticket('p1', 20, { sequence: 2, priority: 'elderly' }),
    ticket('b1', 10, { sequence: 3, slotStart: now - 5 * MINUTE }),
    ticket('p2', 5, { sequence: 4, priority: 'pregnant' }),
    ticket('r2', 1, { sequence: 5 }),
  ];
  const orders: CallOrder[] = [
    { strategy: 'fcfs' },
    { strategy: 'weighted', priorityWeight: 3 },
    { strategy: 'booked_first', windowMinutes: 15 },
  ];

  it.each(orders)('is so for a walk-in under $strategy, priority or not, and the order agrees', (order) => {
    for (const priority of [null, 'elderly'] as const) {
      const newcomer = ticket('new', 0, { sequence: 6, priority });
      expect(joinsAtTheEnd(order, newcomer)).toBe(true);
      expect(callingOrder([...crowd, newcomer], order, now, { regularSincePriority: 0 }).at(-1)?.id).toBe('new');
    }
  });

  it('says no for a ratio line, where a newcomer may go before priority visitors already waiting', () => {
    const ratio = { strategy: 'ratio', regularPerPriority: 1 } as const;
    const newcomer = ticket('new', 0, { sequence: 6 });
    const placed = callingOrder(
      [ticket('r1', 9), ticket('p1', 8, { priority: 'elderly' }), ticket('p2', 7, { priority: 'child' }), newcomer],
      ratio,
      now,
      {
        regularSincePriority: 0,
      },
    );
    expect(placed.at(-1)?.id).not.toBe('new');
    expect(joinsAtTheEnd(ratio, newcomer)).toBe(false);
  });

  it('says no for a booking due under booked_first', () => {
    expect(joinsAtTheEnd({ strategy: 'booked_first', windowMinutes: 15 }, { slotStart: now })).toBe(false);
  });
});
