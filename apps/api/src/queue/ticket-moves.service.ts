import { Injectable } from '@nestjs/common';

import { stateAfterCall, type TicketMove, updatedMeanServiceSeconds } from '@mpp/domain';
import { CountersRepository, type CounterStateRow, type LineKey, QueueFiguresRepository, type TicketRow, type Tx } from '@mpp/persistence';

import { LineReader } from './line.reader';

export interface MoveContext {
  at: Date;
  /** The counter making the move, as read (locked) in this transaction; none for a citizen's own cancel. */
  counter?: CounterStateRow;
  actorId?: string;
  /** The service whose line a transfer sends the ticket to. */
  destination?: { agencyCode: string; serviceCode: string; linePrefix: string };
}

/**
 * Writes one move of one ticket, as the domain's move table says, inside the caller's
 * transaction: the conditional update of the ticket, its history entry (and outbox row), the
 * counter's current ticket, then the day's figures. The line's day row is also where tickets are
 * numbered, so its figures go last, just before commit, and it is locked for the shortest time.
 */
@Injectable()
export class TicketMoves {
  constructor(
    private readonly counters: CountersRepository,
    private readonly figures: QueueFiguresRepository,
    private readonly lines: LineReader,
  ) {}

  /** The moved ticket, or undefined when someone else moved it first (then nothing is written). */
  async apply(ticket: TicketRow, move: TicketMove, context: MoveContext, tx: Tx): Promise<TicketRow | undefined> {
    const { at, counter } = context;
    const moved = await this.counters.move(
      ticket,
      { ...move, at, counterCode: counterCodeAfter(ticket, move, counter), service: context.destination },
      tx,
    );
    if (!moved) return undefined;
    await this.counters.recordEvent(
      { ticket: moved, action: move.action, at, counterCode: counter?.counterCode, actorId: context.actorId },
      tx,
    );
    if (counter) {
      const current = move.keeper === 'counter' ? moved.id : null;
      if (counter.currentTicketId !== current) await this.counters.setCurrent(counter, current, tx);
    }
    await this.countFigure(ticket, move, context, tx);
    return moved;
  }

  private async countFigure(ticket: TicketRow, move: TicketMove, context: MoveContext, tx: Tx): Promise<void> {
    const line: LineKey = {
      regionCode: ticket.regionCode,
      siteCode: ticket.siteCode,
      prefix: ticket.linePrefix,
      serviceDate: ticket.serviceDate,
    };
    const { at, counter, destination } = context;
    switch (move.figure) {
      case null:
        return;
      case 'called': {
        const wait = (at.getTime() - ticket.queuedAt.getTime()) / 1000;
        const before = (await this.lines.callOrderStates(line, tx))(line.prefix);
        return this.figures.countCall(line, required(counter), wait, stateAfterCall(before, ticket), tx);
      }
      case 'served': {
        const seconds = ticket.startedAt ? (at.getTime() - ticket.startedAt.getTime()) / 1000 : 0;
        // Today's first finish starts from the last day's mean; later ones are folded in by the UPDATE.
        const previous = await this.figures.recentMeanServiceSeconds(line, tx);
        return this.figures.countServed(line, required(counter), seconds, updatedMeanServiceSeconds(previous, seconds), tx);
      }
      case 'no_show':
        return this.figures.countNoShow(line, required(counter), tx);
      case 'transferred_in': {
        const to = required(destination);
        return this.figures.countTransferIn({ ...line, prefix: to.linePrefix, agencyCode: to.agencyCode, serviceCode: to.serviceCode }, tx);
      }
      case 'cancelled':
        return this.figures.countCancelled(line, tx);
    }
  }
}

/** The counter code the ticket carries after the move; undefined leaves it as it is. */
function counterCodeAfter(ticket: TicketRow, move: TicketMove, counter: CounterStateRow | undefined): string | null | undefined {
  if (move.keeper === 'line') return null;
  if (move.keeper === 'counter' && counter && ticket.counterCode !== counter.counterCode) return counter.counterCode;
  return undefined;
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a counter move was applied without its counter or destination');
  return value;
}
