import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { RegionCode } from '@mpp/domain';
import { CurrentRequest, ErrorResponseDto, RegionParam, type RequestMeta, RestrictedAccess } from '@mpp/platform';

import { AgencyDeskDto, DeskTodayDto, DeskTodayQuery } from './agency-desk.dto';
import { AgencyDeskService } from './agency-desk.service';

const DESK_ACCESS = { roles: ['counter_officer', 'agency_supervisor'] as const, region: { in: 'param' as const, name: 'code' } };

@ApiTags('counters')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiParam({ name: 'agencyCode', example: 'disdukcapil' })
@Controller('v1/regions/:code/agencies/:agencyCode/desk')
export class AgencyDeskController {
  constructor(private readonly desk: AgencyDeskService) {}

  @Get()
  @RestrictedAccess(DESK_ACCESS)
  @ApiOperation({ summary: 'For the counter desk: the agency’s counters the caller may open, its services and sites' })
  @ApiOkResponse({ type: AgencyDeskDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'AGENCY_NOT_FOUND' })
  get(
    @RegionParam() code: RegionCode,
    @Param('agencyCode') agencyCode: string,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AgencyDeskDto> {
    if (!meta.principal) throw new Error('RestrictedAccess lets no anonymous request through');
    return this.desk.desk(code, agencyCode, meta.principal);
  }

  @Get('today')
  @RestrictedAccess(DESK_ACCESS)
  @ApiOperation({
    summary: 'For the counter desk: who waits in the agency’s lines at the site now, and today’s figures of the caller’s counters',
  })
  @ApiOkResponse({ type: DeskTodayDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SITE_NOT_FOUND' })
  today(
    @RegionParam() code: RegionCode,
    @Param('agencyCode') agencyCode: string,
    @Query() query: DeskTodayQuery,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DeskTodayDto> {
    if (!meta.principal) throw new Error('RestrictedAccess lets no anonymous request through');
    return this.desk.today(code, agencyCode, query.siteCode, meta.principal);
  }
}
