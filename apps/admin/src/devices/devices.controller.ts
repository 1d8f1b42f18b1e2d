import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { type RegionCode } from '@mpp/domain';
import { type ActingRequest, CurrentActingRequest, ErrorResponseDto, ParseIdPipe, RegionParam, RestrictedAccess } from '@mpp/platform';

import { DeviceDto, DeviceListDto, PairingCodeDto, RegisterDeviceRequest, RegisteredDeviceDto } from './device.dto';
import { DevicesService } from './devices.service';

const ACCESS = { roles: ['national_admin', 'region_admin'] as const, region: { in: 'param' as const, name: 'regionCode' } };

@ApiTags('devices')
@ApiParam({ name: 'regionCode', example: '32.71' })
@Controller('admin/api/v1/regions/:regionCode/devices')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Post()
  @RestrictedAccess(ACCESS)
  @ApiOperation({ summary: 'Register a kiosk or board of a site; its token is shown once; audited' })
  @ApiCreatedResponse({ type: RegisteredDeviceDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SITE_NOT_FOUND' })
  register(
    @RegionParam('regionCode') regionCode: RegionCode,
    @Body() body: RegisterDeviceRequest,
    @CurrentActingRequest() request: ActingRequest,
  ): Promise<RegisteredDeviceDto> {
    return this.devices.register(regionCode, body, request);
  }

  @Post('pairing-codes')
  @RestrictedAccess(ACCESS)
  @ApiOperation({
    summary: 'A short code that pairs a kiosk or board in under a minute: typed on the device, traded once for its token; audited',
    description:
      'The device sends it to POST /v1/devices/pair on the API within 15 minutes. The device is registered then, with this site, kind and name.',
  })
  @ApiCreatedResponse({ type: PairingCodeDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SITE_NOT_FOUND' })
  pairingCode(
    @RegionParam('regionCode') regionCode: RegionCode,
    @Body() body: RegisterDeviceRequest,
    @CurrentActingRequest() request: ActingRequest,
  ): Promise<PairingCodeDto> {
    return this.devices.pairingCode(regionCode, body, request);
  }

  @Get()
  @RestrictedAccess(ACCESS)
  @ApiOperation({ summary: 'The region’s kiosks and boards, revoked ones included' })
  @ApiOkResponse({ type: DeviceListDto })
  list(@RegionParam('regionCode') regionCode: RegionCode): Promise<DeviceListDto> {
    return this.devices.list(regionCode);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RestrictedAccess(ACCESS)
  @ApiOperation({ summary: 'Revoke a device’s token (lost, stolen or replaced); takes effect within 10 seconds; audited' })
  @ApiOkResponse({ type: DeviceDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DEVICE_NOT_FOUND' })
  revoke(
    @RegionParam('regionCode') regionCode: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @CurrentActingRequest() request: ActingRequest,
  ): Promise<DeviceDto> {
    return this.devices.revoke(regionCode, id, request);
  }
}
