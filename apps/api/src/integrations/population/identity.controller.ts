import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@mpp/domain';
import { RegionCode } from '@mpp/domain';
import { CurrentPrincipal, CurrentRequest, ErrorResponseDto, RegionParam, type RequestMeta, RestrictedAccess } from '@mpp/platform';

import { ApiUpstreamFailures } from '../integration-failure';
import { COUNTER_STAFF } from '../lookup-roles';
import { PersonVerificationDto, VerifyPersonDto } from './identity.dto';
import { IdentityService } from './identity.service';

@ApiTags('integrations')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'INVALID_NIK or VALIDATION_FAILED, naming the field; nothing was sent to Dukcapil',
})
@ApiUpstreamFailures()
@Controller('v1/regions/:code/population')
export class IdentityController {
  constructor(private readonly identity: IdentityService) {}

  // POST, not GET: a NIK never goes into a URL, where proxies and logs would keep it.
  @Post('verifications')
  @HttpCode(200)
  @RestrictedAccess({ roles: COUNTER_STAFF, apiScope: 'identity:verify', region: { in: 'param', name: 'code' } })
  @ApiOperation({
    summary: 'Verify a NIK against name, birth date and place at Dukcapil, field by field',
    description: 'Answers whether each element given matches, never the person’s data. Every call is audited with its purpose.',
  })
  @ApiOkResponse({ type: PersonVerificationDto })
  verify(
    @RegionParam() code: RegionCode,
    @Body() body: VerifyPersonDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<PersonVerificationDto> {
    return this.identity.verify(code, body, principal, meta.requestId);
  }
}
