import { ConflictError, NotFoundError } from '@mpp/domain';
import type { TicketRow } from '@mpp/persistence';

import type { TransferTicketDto } from './queue.dto';
import type { RegionLayout } from './queue-layout.service';

/** Where a counter may send its ticket: another active service of an agency serving at the same site, never its own line. */
export function transferDestination(layout: RegionLayout, siteCode: string, target: TransferTicketDto, current: TicketRow) {
  const service = layout.state.services.get(`${target.agencyCode}/${target.serviceCode}`);
  const agency = layout.state.agencies.get(target.agencyCode);
  if (!service?.active || !agency?.active || !agency.value.sites.includes(siteCode)) {
    throw new NotFoundError(
      'SERVICE_NOT_FOUND',
      `no active service ${target.agencyCode}/${target.serviceCode} at ${siteCode}`,
      'serviceCode',
    );
  }
  if (target.agencyCode === current.agencyCode && target.serviceCode === current.serviceCode) {
    throw new ConflictError('TRANSFER_TO_SAME_SERVICE', 'the ticket is already in this service’s line; hold it instead', 'serviceCode');
  }
  return { agencyCode: target.agencyCode, serviceCode: target.serviceCode, linePrefix: service.value.queue.prefix };
}
