import type { CounterKey, CounterStateRow, TicketRow } from '@mpp/persistence';

import type { CounterStateDto } from './counter-state.dto';
import { ticketDto } from './ticket.mapper';

/** A counter as its desk shows it; a counter never opened reads as closed. `shown`: its ticket, or the one it just moved on. */
export function counterStateDto(
  key: CounterKey,
  counterName: string,
  state: CounterStateRow | undefined,
  shown: TicketRow | undefined,
): CounterStateDto {
  return {
    regionCode: key.regionCode,
    agencyCode: key.agencyCode,
    counterCode: key.counterCode,
    counterName,
    siteCode: state?.siteCode ?? null,
    status: state?.status ?? 'closed',
    services: state?.services ?? [],
    openedAt: state?.openedAt ? state.openedAt.toISOString() : null,
    ticket: shown ? ticketDto(shown, { counterName }) : null,
  };
}
