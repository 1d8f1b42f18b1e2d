import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { formatTicketNumber } from '@mpp/domain';
import { CitizenNotifications } from '@mpp/integrations';
import { TicketsRepository } from '@mpp/persistence';

import { LineReader } from '../line.reader';
import { QueueLayout } from '../queue-layout.service';
import { type LineRef, LineWatcher } from './line-watcher.service';

/** A citizen who left a mobile number is told once when this few people are ahead. */
export const NOTICE_WHEN_AHEAD = 3;

/**
 * "Your turn is near" notices: after a line moves, the first few waiting tickets that left a
 * number get one message each. The claim on the ticket row makes it once, whichever API
 * instance gets there first. Failures are logged without the number and never block the queue.
 */
@Injectable()
export class NearTurnNotices implements OnModuleInit {
  private readonly logger = new Logger('NearTurnNotices');

  constructor(
    private readonly watcher: LineWatcher,
    private readonly layout: QueueLayout,
    private readonly lines: LineReader,
    private readonly tickets: TicketsRepository,
    private readonly notifications: CitizenNotifications,
  ) {}

  onModuleInit(): void {
    this.watcher.onSettled((line) => this.notify(line));
  }

  async notify(line: LineRef, now = new Date()): Promise<void> {
    if (!this.notifications.enabled) return;
    const layout = await this.layout.storedRegion(line.regionCode, now);
    const service = layout.state.services.get(`${line.agencyCode}/${line.serviceCode}`);
    const site = layout.state.sites.get(line.siteCode);
    if (!service || !site) return;
    const { order } = await this.lines.ordered({ ...line, prefix: service.value.queue.prefix, record: service.value }, now);
    const soon = order.slice(0, NOTICE_WHEN_AHEAD);
    for (const [index, ticket] of soon.entries()) {
      if (!ticket.phone || ticket.notifiedAt) continue;
      if (!(await this.tickets.claimNotice(ticket.regionCode, ticket.id))) continue;
      const number = formatTicketNumber(ticket.prefix, ticket.sequence);
      const ahead = index === 0 ? 'Anda berikutnya' : `tinggal ${index} orang lagi sebelum Anda`;
      try {
        await this.notifications.send({
          channel: 'whatsapp',
          to: ticket.phone,
          reference: `${ticket.siteCode}/${ticket.serviceDate}/${number}`,
          text: `${site.value.name}: nomor antrean ${number} (${service.value.name}) — ${ahead}. Mohon bersiap di dekat loket.`,
        });
      } catch (error) {
        this.logger.warn(`notice for ${number} at ${ticket.siteCode} not sent: ${(error as Error).message}`);
      }
    }
  }
}
