import { Injectable } from '@nestjs/common';

import { Kbli, maskTail, Nib, NotFoundError, type Page, pageOf, PageRequest, type Principal, type RegionCode } from '@mpp/domain';
import type { Business } from '@mpp/integrations';
import { OssBusinessesRepository } from '@mpp/persistence';

import { IntegrationLookups } from '../integration-lookups.service';
import type { BusinessDto, BusinessLookupDto, ListReceivedBusinessesQuery, LookupBusinessDto, ReceivedBusinessDto } from './licensing.dto';

/** The licensing desk's view of OSS RBA: look a business up by NIB; list the businesses OSS sent us. */
@Injectable()
export class LicensingService {
  constructor(
    private readonly lookups: IntegrationLookups,
    private readonly received: OssBusinessesRepository,
  ) {}

  async lookup(regionCode: RegionCode, input: LookupBusinessDto, principal: Principal, requestId: string): Promise<BusinessLookupDto> {
    // Checked before any call to OSS.
    const nib = Nib.parse(input.nib, 'nib');
    const kbli = input.kbli === undefined ? undefined : Kbli.parse(input.kbli, 'kbli');
    const { result: business, adapter } = await this.lookups.run(
      'licensing',
      {
        action: 'integration.licensing.lookup',
        principal,
        regionCode: regionCode.value,
        requestId,
        purpose: input.purpose,
        record: { type: 'nib', id: nib.value },
      },
      (port) => port.findBusiness(nib),
      (result) => (result ? 'found' : 'not-found'),
    );
    if (!business) throw new NotFoundError('BUSINESS_NOT_FOUND', 'OSS has no business with this NIB', 'nib');
    return {
      ...toBusinessDto(business),
      hasActivity: kbli ? business.activities.some((activity) => activity.kbli === kbli.value) : undefined,
      adapter,
    };
  }

  async listReceived(regionCode: RegionCode, query: ListReceivedBusinessesQuery): Promise<Page<ReceivedBusinessDto>> {
    const page = PageRequest.of(query.page, query.pageSize);
    const { items, total } = await this.received.findPage(regionCode.value, page);
    return pageOf(
      page,
      items.map((row) => ({
        ...toBusinessDto(row.data as unknown as Business),
        receivedAt: row.receivedAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      })),
      total,
    );
  }
}

/** The NPWP is masked: for a sole proprietor it is the owner's NIK. */
export function toBusinessDto(business: Business): BusinessDto {
  return {
    nib: business.nib,
    name: business.name,
    issuedOn: business.issuedOn,
    actorKind: business.actorKind,
    address: business.address,
    npwp: business.npwp.includes('*') ? business.npwp : maskTail(business.npwp),
    scale: business.scale,
    ossRegionCode: business.ossRegionCode,
    regionCode: business.regionCode,
    status: business.status,
    activities: business.activities,
    licences: business.licences,
  };
}
