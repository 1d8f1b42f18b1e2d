import type { CallAnnouncement } from '@mpp/domain';

/** What boards and ticket pages are told as the queue moves. No personal data: numbers and counters only. */
export type QueueEvent =
  | {
      type: 'called';
      regionCode: string;
      siteCode: string;
      at: string;
      ticketNumber: string;
      agencyCode: string;
      serviceCode: string;
      counterCode: string;
      counterName: string;
      /** Ready for text-to-speech: Indonesian and English. */
      announcement: CallAnnouncement;
      recall: boolean;
    }
  | {
      /** A line changed (a ticket issued, called, transferred, cancelled): its waiting count now. */
      type: 'line';
      regionCode: string;
      siteCode: string;
      at: string;
      agencyCode: string;
      serviceCode: string;
      waiting: number;
      /** Whether places in the line changed (a call, a cancel, a transfer, a priority visitor); false when tickets only joined at the end. */
      moved: boolean;
    }
  | {
      /** A counter opened, closed, or changed the ticket it serves. */
      type: 'counter';
      regionCode: string;
      siteCode: string;
      at: string;
      agencyCode: string;
      counterCode: string;
      status: 'open' | 'closed';
      ticketNumber: string | null;
    };

export function channelOf(regionCode: string, siteCode: string): string {
  return `queue:${regionCode}:${siteCode}`;
}
