import { describe, expect, it } from 'vitest';

import { type Board, type CalledEvent, initialBoardState, RECENT_CALLS, reduceBoard } from './board-state';

const board = (counters: Board['counters']): Board =>
  ({ regionCode: '32.71', siteCode: 'mpp', serviceDate: '2026-12-01', counters, lines: [], runningText: [] }) as Board;
const called = (ticketNumber: string, counterCode = 'loket-3'): CalledEvent => ({
  type: 'called',
  ticketNumber,
  agencyCode: 'disdukcapil',
  serviceCode: 'ktp-el',
  counterCode,
  counterName: counterCode.replace('loket-', 'Loket '),
  announcement: { id: `Nomor ${ticketNumber}`, en: `Number ${ticketNumber}` },
  recall: false,
  at: '2026-12-01T01:00:00Z',
});

describe('the board’s state', () => {
  it('puts the newest call first and keeps only a few', () => {
    let state = reduceBoard(initialBoardState, { type: 'board', data: board([]) });
    for (let index = 1; index <= 20; index += 1)
      state = reduceBoard(state, { type: 'called', data: called(`A-${index}`, `loket-${index}`) });
    expect(state.calls).toHaveLength(RECENT_CALLS);
    expect(state.calls[0].ticketNumber).toBe('A-20');
  });

  it('shows a recall once, at the top', () => {
    let state = reduceBoard(initialBoardState, { type: 'board', data: board([]) });
    state = reduceBoard(state, { type: 'called', data: called('A-1') });
    state = reduceBoard(state, { type: 'called', data: called('A-2', 'loket-4') });
    state = reduceBoard(state, { type: 'called', data: { ...called('A-1'), recall: true } });
    expect(state.calls.map((call) => call.ticketNumber)).toEqual(['A-1', 'A-2']);
  });

  it('after a reconnect drops calls no counter shows any more and adds the ones it missed', () => {
    let state = reduceBoard(initialBoardState, { type: 'board', data: board([]) });
    state = reduceBoard(state, { type: 'called', data: called('A-1') });
    state = reduceBoard(state, {
      type: 'board',
      data: board([{ agencyCode: 'disdukcapil', counterCode: 'loket-3', counterName: 'Loket 3', ticketNumber: 'A-2' }]),
    });
    expect(state.calls.map((call) => call.ticketNumber)).toEqual(['A-2']);
  });

  it('asks for a fresh snapshot when a counter it does not know opens', () => {
    const state = reduceBoard(reduceBoard(initialBoardState, { type: 'board', data: board([]) }), {
      type: 'counter',
      data: { type: 'counter', agencyCode: 'disdukcapil', counterCode: 'loket-9', status: 'open', ticketNumber: null },
    });
    expect(state.stale).toBe(true);
  });

  it('learns a new counter from a snapshot older than the calls it already shows, and keeps those calls', () => {
    let state = reduceBoard(initialBoardState, { type: 'board', data: board([]) });
    state = reduceBoard(state, {
      type: 'counter',
      data: { type: 'counter', agencyCode: 'disdukcapil', counterCode: 'loket-3', status: 'open', ticketNumber: null },
    });
    state = reduceBoard(state, { type: 'called', data: called('A-1') });
    // The snapshot asked for when loket-3 opened answers after the call, still showing no ticket there.
    state = reduceBoard(state, {
      type: 'names',
      data: board([{ agencyCode: 'disdukcapil', counterCode: 'loket-3', counterName: 'Loket 3', ticketNumber: null }]),
    });
    expect(state.calls.map((call) => call.ticketNumber)).toEqual(['A-1']);
    expect(state.board?.counters[0]).toMatchObject({ counterName: 'Loket 3', ticketNumber: 'A-1' });
    expect(state.stale).toBe(false);
  });
});
