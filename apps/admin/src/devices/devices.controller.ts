import { CurrentRequest, ErrorResponseDto, type RequestMeta, RestrictedAccess } from '@mpp/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DeviceDto, DeviceListDto, RegisteredDeviceDto, RegisterDeviceRequest } from './device.dto';
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
    @Param('regionCode') regionCode: string,
    @Body() body: RegisterDeviceRequest,
    @CurrentRequest() request: RequestMeta,
  ): Promise<RegisteredDeviceDto> {
    return this.devices.register(regionCode, body, request);
  }

  @Get()
  @RestrictedAccess(ACCESS)
  @ApiOperation({ summary: 'The region’s kiosks and boards, revoked ones included' })
  @ApiOkResponse({ type: DeviceListDto })
  list(@Param('regionCode') regionCode: string): Promise<DeviceListDto> {
    return this.devices.list(regionCode);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RestrictedAccess(ACCESS)
  @ApiOperation({ summary: 'Revoke a device’s token (lost, stolen or replaced); takes effect within 10 seconds; audited' })
  @ApiOkResponse({ type: DeviceDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DEVICE_NOT_FOUND' })
  revoke(
    @Param('regionCode') regionCode: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentRequest() request: RequestMeta,
  ): Promise<DeviceDto> {
    return this.devices.revoke(regionCode, id, request);
  }
}
