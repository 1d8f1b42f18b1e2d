import type { ApiSchema } from '@mpp/api-client';

export type Board = ApiSchema<'BoardDto'>;

/** The board stream's events besides the `board` snapshot (apps/api/src/queue/live/queue-events.ts; not in the OpenAPI document). */
export interface CalledEvent {
  type: 'called';
  ticketNumber: string;
  agencyCode: string;
  serviceCode: string;
  counterCode: string;
  counterName: string;
  announcement: { id: string; en: string };
  recall: boolean;
  at: string;
}
export interface CounterEvent {
  type: 'counter';
  agencyCode: string;
  counterCode: string;
  status: 'open' | 'closed';
  ticketNumber: string | null;
}
export interface LineEvent {
  type: 'line';
  agencyCode: string;
  serviceCode: string;
  waiting: number;
}

export type BoardAction =
  | { type: 'board'; data: Board }
  | { type: 'names'; data: Board }
  | { type: 'called'; data: CalledEvent }
  | { type: 'counter'; data: CounterEvent }
  | { type: 'line'; data: LineEvent };

export interface Call {
  ticketNumber: string;
  counterName: string;
  agencyCode: string;
  counterCode: string;
  at: string;
}

export interface BoardState {
  board?: Board;
  /** Newest first, a few only: the board's memory stays the same however many calls a day brings. */
  calls: Call[];
  /** A counter the snapshot does not know opened: read the board again for its name. */
  stale: boolean;
}

export const RECENT_CALLS = 6;
export const initialBoardState: BoardState = { calls: [], stale: false };

const sameCounter = (a: { agencyCode: string; counterCode: string }, b: { agencyCode: string; counterCode: string }) =>
  a.agencyCode === b.agencyCode && a.counterCode === b.counterCode;

export function reduceBoard(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'board': {
      // A snapshot after a reconnect: keep only the calls a counter still shows, so nothing stale stays up.
      const board = action.data;
      const calls = state.calls.filter((call) =>
        board.counters.some((counter) => sameCounter(counter, call) && counter.ticketNumber === call.ticketNumber),
      );
      // Calls made while the board was away: shown (not announced), after the ones it saw.
      for (const counter of board.counters) {
        if (counter.ticketNumber && !calls.some((call) => sameCounter(call, counter))) {
          calls.push({
            ticketNumber: counter.ticketNumber,
            counterName: counter.counterName,
            agencyCode: counter.agencyCode,
            counterCode: counter.counterCode,
            at: '',
          });
        }
      }
      return { board, calls: calls.slice(0, RECENT_CALLS), stale: false };
    }
    case 'names': {
      // The board read again for a newly opened counter's name. The answer may be older than calls
      // already shown (it was asked for before they came), so it adds what it knows and prunes nothing.
      const known = state.board?.counters ?? [];
      const counters = action.data.counters.map((counter) => {
        const seen = known.find((item) => sameCounter(item, counter));
        const called = state.calls.find((call) => sameCounter(call, counter));
        return { ...counter, ticketNumber: seen ? seen.ticketNumber : (called?.ticketNumber ?? counter.ticketNumber) };
      });
      return { ...state, board: { ...action.data, counters }, stale: false };
    }
    case 'called': {
      const event = action.data;
      const call: Call = {
        ticketNumber: event.ticketNumber,
        counterName: event.counterName,
        agencyCode: event.agencyCode,
        counterCode: event.counterCode,
        at: event.at,
      };
      const calls = [call, ...state.calls.filter((item) => item.ticketNumber !== call.ticketNumber || !sameCounter(item, call))].slice(
        0,
        RECENT_CALLS,
      );
      const board = state.board && {
        ...state.board,
        counters: state.board.counters.map((counter) =>
          sameCounter(counter, call) ? { ...counter, ticketNumber: call.ticketNumber } : counter,
        ),
      };
      return { ...state, board, calls };
    }
    case 'counter': {
      const event = action.data;
      if (!state.board) return state;
      const known = state.board.counters.some((counter) => sameCounter(counter, event));
      if (event.status === 'closed') {
        return {
          ...state,
          board: { ...state.board, counters: state.board.counters.filter((counter) => !sameCounter(counter, event)) },
          calls: state.calls.filter((call) => !sameCounter(call, event)),
        };
      }
      if (!known) return { ...state, stale: true };
      return {
        ...state,
        board: {
          ...state.board,
          counters: state.board.counters.map((counter) =>
            sameCounter(counter, event) ? { ...counter, ticketNumber: event.ticketNumber } : counter,
          ),
        },
        calls: event.ticketNumber === null ? state.calls.filter((call) => !sameCounter(call, event)) : state.calls,
      };
    }
    case 'line': {
      const event = action.data;
      if (!state.board) return state;
      return {
        ...state,
        board: {
          ...state.board,
          lines: state.board.lines.map((line) =>
            line.agencyCode === event.agencyCode && line.serviceCode === event.serviceCode ? { ...line, waiting: event.waiting } : line,
          ),
        },
      };
    }
  }
}
