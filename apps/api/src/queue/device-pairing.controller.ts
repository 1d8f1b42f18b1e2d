import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentRequest, ErrorResponseDto, PublicAccess, type RequestMeta } from '@mpp/platform';

import { PairDeviceRequest, PairedDeviceDto } from './device-pairing.dto';
import { DevicePairingService } from './device-pairing.service';

@ApiTags('devices')
@Controller('v1/devices')
export class DevicePairingController {
  constructor(private readonly pairing: DevicePairingService) {}

  @Post('pair')
  @HttpCode(200)
  @PublicAccess('A kiosk or board has no credential before it pairs; the one-time code from a region admin is the credential')
  @ApiOperation({ summary: 'A kiosk or board trades the pairing code a region admin created for its own token (once, within 15 minutes)' })
  @ApiOkResponse({ type: PairedDeviceDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'PAIRING_CODE_INVALID: unknown, used or expired' })
  pair(@Body() body: PairDeviceRequest, @CurrentRequest() meta: RequestMeta): Promise<PairedDeviceDto> {
    return this.pairing.pair(body, meta.requestId);
  }
}
