import { Injectable } from '@nestjs/common';

import { NotFoundError, type RegionCode } from '@mpp/domain';
import { type TicketRow, TicketsRepository } from '@mpp/persistence';

import { LineReader } from './line.reader';
import { QueueLayout } from './queue-layout.service';
import type { TicketDto } from './ticket.dto';
import { ticketDto } from './ticket.mapper';

/** A citizen's ticket page, as the ticket's address answers it and as its live stream sends it again when the line moves. */
@Injectable()
export class TicketPageReader {
  constructor(
    private readonly layout: QueueLayout,
    private readonly tickets: TicketsRepository,
    private readonly lines: LineReader,
  ) {}

  async find(regionCode: RegionCode, id: string): Promise<TicketRow> {
    const layout = await this.layout.region(regionCode);
    const row = await this.tickets.find(layout.regionCode, id);
    if (!row) throw new NotFoundError('TICKET_NOT_FOUND', 'No ticket has this id', 'ticketId');
    return row;
  }

  /** Status, position, estimated wait, the counter when called. */
  async view(regionCode: RegionCode, id: string, now = new Date()): Promise<TicketDto> {
    const row = await this.find(regionCode, id);
    const layout = await this.layout.region(regionCode, now);
    const service = layout.state.services.get(`${row.agencyCode}/${row.serviceCode}`);
    const position = service ? await this.lines.position(row, service.value, now) : undefined;
    return ticketDto(row, {
      ...position,
      counterName: row.counterCode ? this.layout.counterName(layout, row.agencyCode, row.counterCode) : undefined,
    });
  }
}
