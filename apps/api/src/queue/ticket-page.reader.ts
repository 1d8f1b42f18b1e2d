import { Injectable } from '@nestjs/common';

import { NotFoundError, type RegionCode } from '@mpp/domain';
import { type TicketRow, TicketsRepository } from '@mpp/persistence';

import { LinePositions } from './live/line-positions.service';
import { QueueLayout } from './queue-layout.service';
import type { TicketDto } from './ticket.dto';
import { ticketDto } from './ticket.mapper';

/** A citizen's ticket page, as the ticket's address answers it; its live stream (`LinePositions`) sends the same page. */
@Injectable()
export class TicketPageReader {
  constructor(
    private readonly layout: QueueLayout,
    private readonly tickets: TicketsRepository,
    private readonly positions: LinePositions,
  ) {}

  async find(regionCode: RegionCode, id: string): Promise<TicketRow> {
    const layout = await this.layout.region(regionCode);
    const row = await this.tickets.find(layout.regionCode, id);
    if (!row) throw new NotFoundError('TICKET_NOT_FOUND', 'No ticket has this id', 'ticketId');
    return row;
  }

  /** Status, position, estimated wait, the counter when called. */
  async view(regionCode: RegionCode, id: string): Promise<TicketDto> {
    const row = await this.find(regionCode, id);
    const layout = await this.layout.region(regionCode);
    const position = layout.state.services.has(`${row.agencyCode}/${row.serviceCode}`) ? await this.positions.placeOf(row) : undefined;
    return ticketDto(row, {
      ...position,
      counterName: row.counterCode ? this.layout.counterName(layout, row.agencyCode, row.counterCode) : undefined,
    });
  }
}
