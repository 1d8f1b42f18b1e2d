import { ConflictError } from '../errors/domain-error';
import { TICKET_ACTIONS } from './ticket-lifecycle';
import { planMove, TICKET_MOVE_EFFECTS } from './ticket-moves';

describe('ticket moves', () => {
  it.each([
    // from, action, to, stamps, clears, counts a call, keeper, figure, announced
    ['waiting', 'call', 'called', ['calledAt'], [], true, 'counter', 'called', true],
    ['held', 'call', 'called', ['calledAt'], [], true, 'counter', null, true],
    ['called', 'recall', 'called', [], [], true, 'counter', null, true],
    ['called', 'start', 'serving', ['startedAt'], [], false, 'counter', null, false],
    ['called', 'hold', 'held', [], [], false, 'set-aside', null, false],
    ['serving', 'hold', 'held', [], [], false, 'set-aside', null, false],
    ['called', 'skip', 'no_show', ['finishedAt'], [], false, 'nobody', 'no_show', false],
    ['serving', 'finish', 'done', ['finishedAt'], [], false, 'nobody', 'served', false],
    ['serving', 'transfer', 'waiting', ['queuedAt'], ['calledAt', 'startedAt', 'notifiedAt'], false, 'line', 'transferred_in', false],
    ['held', 'transfer', 'waiting', ['queuedAt'], ['calledAt', 'startedAt', 'notifiedAt'], false, 'line', 'transferred_in', false],
    ['waiting', 'cancel', 'cancelled', ['finishedAt'], [], false, 'nobody', 'cancelled', false],
  ] as const)(
    '%s --%s--> %s stamps %j, clears %j, counts a call: %s, kept by %s, figure %s, announced: %s',
    (from, action, to, stamps, clears, countsCall, keeper, figure, announced) => {
      const move = planMove(from, action);
      expect(move).toEqual({ action, from: expect.arrayContaining([from]), to, stamps, clears, countsCall, keeper, figure, announced });
    },
  );

  it('refuses a move the ticket’s status does not allow, naming the statuses that do', () => {
    expect(() => planMove('waiting', 'finish')).toThrow(ConflictError);
    expect(() => planMove('done', 'recall')).toThrow('recall applies to called tickets');
  });

  it('gives every action an entry, and a counter keeps only what it calls or serves', () => {
    expect(Object.keys(TICKET_MOVE_EFFECTS).sort()).toEqual([...TICKET_ACTIONS].sort());
    const kept = TICKET_ACTIONS.filter((action) => TICKET_MOVE_EFFECTS[action].keeper === 'counter');
    expect(kept.sort()).toEqual(['call', 'recall', 'start']);
  });
});
