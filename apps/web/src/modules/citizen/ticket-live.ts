import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import type { ApiSchema } from '@mpp/api-client';

type Ticket = ApiSchema<'TicketDto'>;

/**
 * Follows a ticket's event stream: each `ticket` event replaces the cached ticket, so the page
 * changes without a reload. EventSource reconnects by itself; while it does, `reconnecting`
 * is true, and on reopening the ticket is read again so nothing missed stays stale.
 */
export function ticketQueryKey(region: string, ticketId: string) {
  return ['/v1/regions/{code}/tickets/{ticketId}', region, ticketId] as const;
}

export function useTicketStream(region: string, ticketId: string): { reconnecting: boolean } {
  const client = useQueryClient();
  const [reconnecting, setReconnecting] = useState(false);
  useEffect(() => {
    const queryKey = ticketQueryKey(region, ticketId);
    const source = new EventSource(`/v1/regions/${encodeURIComponent(region)}/tickets/${encodeURIComponent(ticketId)}/events`);
    let opened = false;
    source.addEventListener('ticket', (event) => {
      client.setQueryData(queryKey, JSON.parse((event as MessageEvent<string>).data) as Ticket);
    });
    source.onopen = () => {
      setReconnecting(false);
      if (opened) void client.invalidateQueries({ queryKey });
      opened = true;
    };
    source.onerror = () => setReconnecting(source.readyState !== EventSource.OPEN);
    return () => source.close();
  }, [region, ticketId, client]);
  return { reconnecting };
}
