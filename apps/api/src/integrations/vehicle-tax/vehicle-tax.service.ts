import { Injectable } from '@nestjs/common';

import { NotFoundError, PlateNumber, type Principal, type RegionCode } from '@mpp/domain';

import { IntegrationLookups } from '../integration-lookups.service';
import type { LookupVehicleDto, VehicleTaxStatementDto } from './vehicle-tax.dto';

/** What a vehicle owes in PKB, opsen and SWDKLLJ, from the region's Samsat adapter. */
@Injectable()
export class VehicleTaxService {
  constructor(private readonly lookups: IntegrationLookups) {}

  async lookup(regionCode: RegionCode, input: LookupVehicleDto, principal: Principal, requestId: string): Promise<VehicleTaxStatementDto> {
    // Checked before any call to Samsat.
    const plate = PlateNumber.parse(input.plateNumber, 'plateNumber');
    const { result: statement, adapter } = await this.lookups.run(
      'vehicleTax',
      {
        action: 'integration.vehicle-tax.lookup',
        principal,
        regionCode: regionCode.value,
        requestId,
        purpose: input.purpose,
        record: { type: 'plate', id: plate.value },
      },
      (port) => port.findVehicle(plate),
      (result) => (result ? 'found' : 'not-found'),
    );
    if (!statement) throw new NotFoundError('VEHICLE_NOT_FOUND', 'Samsat has no vehicle with this plate number', 'plateNumber');
    return { ...statement, adapter };
  }
}
