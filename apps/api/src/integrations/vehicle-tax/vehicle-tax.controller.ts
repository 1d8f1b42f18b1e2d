import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@mpp/domain';
import { RegionCode } from '@mpp/domain';
import { CurrentPrincipal, CurrentRequest, ErrorResponseDto, RegionParam, type RequestMeta, RestrictedAccess } from '@mpp/platform';

import { ApiUpstreamFailures } from '../integration-failure';
import { COUNTER_STAFF } from '../lookup-roles';
import { LookupVehicleDto, VehicleTaxStatementDto } from './vehicle-tax.dto';
import { VehicleTaxService } from './vehicle-tax.service';

@ApiTags('integrations')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@Controller('v1/regions/:code/vehicle-tax')
export class VehicleTaxController {
  constructor(private readonly vehicleTax: VehicleTaxService) {}

  @Post('lookups')
  @HttpCode(200)
  @RestrictedAccess({ roles: COUNTER_STAFF, apiScope: 'vehicle:read', region: { in: 'param', name: 'code' } })
  @ApiOperation({ summary: 'What a vehicle owes: PKB, opsen, SWDKLLJ with penalties, STNK validity, from the province’s Samsat' })
  @ApiOkResponse({ type: VehicleTaxStatementDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'INVALID_PLATE_NUMBER or VALIDATION_FAILED; nothing was sent to Samsat' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'VEHICLE_NOT_FOUND' })
  @ApiUpstreamFailures()
  lookup(
    @RegionParam() code: RegionCode,
    @Body() body: LookupVehicleDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<VehicleTaxStatementDto> {
    return this.vehicleTax.lookup(code, body, principal, meta.requestId);
  }
}
