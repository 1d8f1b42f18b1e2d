import { Body, Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Principal } from '@mpp/domain';
import { RegionCode } from '@mpp/domain';
import {
  CurrentPrincipal,
  CurrentRequest,
  ErrorResponseDto,
  localizedMessage,
  preferredLanguage,
  PublicAccess,
  RegionParam,
  type RequestMeta,
  RestrictedAccess,
} from '@mpp/platform';

import { ApiUpstreamFailures } from '../integration-failure';
import { COUNTER_STAFF } from '../lookup-roles';
import { BusinessLookupDto, ListReceivedBusinessesQuery, LookupBusinessDto, ReceivedBusinessPageDto } from './licensing.dto';
import { LicensingService } from './licensing.service';
import { OssCallbackService } from './oss-callback.service';

@ApiTags('integrations')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@Controller('v1/regions/:code/licensing')
export class LicensingController {
  constructor(private readonly licensing: LicensingService) {}

  @Post('business-lookups')
  @HttpCode(200)
  @RestrictedAccess({ roles: COUNTER_STAFF, apiScope: 'business:read', region: { in: 'param', name: 'code' } })
  @ApiOperation({ summary: 'Look a business up in OSS RBA by NIB, with its KBLI activities, licences and status' })
  @ApiOkResponse({ type: BusinessLookupDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'INVALID_NIB, INVALID_KBLI or VALIDATION_FAILED; nothing was sent to OSS' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'BUSINESS_NOT_FOUND' })
  @ApiUpstreamFailures()
  lookup(
    @RegionParam() code: RegionCode,
    @Body() body: LookupBusinessDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<BusinessLookupDto> {
    return this.licensing.lookup(code, body, principal, meta.requestId);
  }

  @Get('received-businesses')
  @RestrictedAccess({ roles: [...COUNTER_STAFF, 'region_admin'], apiScope: 'business:read', region: { in: 'param', name: 'code' } })
  @ApiOperation({ summary: 'Businesses OSS sent to this region (receiveNIB), newest first' })
  @ApiOkResponse({ type: ReceivedBusinessPageDto })
  listReceived(@RegionParam() code: RegionCode, @Query() query: ListReceivedBusinessesQuery) {
    return this.licensing.listReceived(code, query);
  }
}

/** English for the refusals of the callback; the Indonesian is in the shared catalogue. */
const CALLBACK_REFUSALS: Record<string, string> = {
  OSS_CALLBACK_NOT_CONFIGURED: 'The receiveNIB callback is not configured on this platform',
  OSS_TOKEN_INVALID: 'The Token header does not match the agreed callback credentials',
  REGION_NOT_DEPLOYED: 'kd_daerah is not a region this platform serves',
  VALIDATION_FAILED: 'The request has invalid fields',
};

@ApiTags('integrations')
@Controller('v1/oss')
export class OssCallbackController {
  constructor(private readonly callbacks: OssCallbackService) {}

  @Post('receiveNIB')
  @PublicAccess('OSS RBA calls this without our credentials; it signs each call with the Token header, checked here (PIA OSS RBA v4.3.22)')
  @ApiOperation({
    summary: 'OSS RBA callback: a business registered in OSS, for the licensing desk of its region',
    description:
      'Answers in OSS’s envelope `{"responreceiveNIB": {"status": "1"|"2", "keterangan": ...}}`, as OSS expects; a refusal also carries our error body (`status`, `code`, `message`, `requestId`). 404 `OSS_CALLBACK_NOT_CONFIGURED` where the callback credentials are not set.',
  })
  @ApiHeader({
    name: 'Token',
    required: true,
    description: 'SHA-1 hex of username + password + NIB + YYYYMMDD (WIB)',
    schema: { type: 'string', pattern: '^[0-9a-fA-F]{40}$', maxLength: 40 },
  })
  @ApiBody({ schema: { type: 'object', properties: { dataNIB: { type: 'object' } }, required: ['dataNIB'] } })
  @ApiOkResponse({ schema: { example: { responreceiveNIB: { status: '1', keterangan: 'Data NIB berhasil diterima' } } } })
  async receiveNib(
    @Body() body: unknown,
    @Headers('token') token: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.callbacks.receiveNib(body, token, String(request.id));
    void reply.status(answer.httpStatus);
    if (!answer.code) return answer.body;
    // A refusal carries OSS's envelope (what OSS reads) and our error body (what our clients
    // and monitoring read) side by side: the two share no field name.
    const language = preferredLanguage(request.headers['accept-language']);
    void reply.header('content-language', language);
    return {
      ...answer.body,
      status: answer.httpStatus,
      code: answer.code,
      message: localizedMessage(answer.code, CALLBACK_REFUSALS[answer.code] ?? 'The callback was refused', language),
      requestId: String(request.id),
    };
  }
}
