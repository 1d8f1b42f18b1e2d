import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';

import { PageRequest, RegionCode } from '@mpp/domain';
import { type ActingRequest, CurrentActingRequest, ErrorResponseDto, ParseIdPipe, RegionParam, RestrictedAccess } from '@mpp/platform';

import { QueueLayout } from '../queue/queue-layout.service';
import { ApplicationReadsService } from './application-reads.service';
import { ApplicantDetailsDto, ApplicationListQuery, IntegratorApplicationDto, StaffActionDto } from './application-requests.dto';
import { ApplicationDto, ApplicationPageDto, OverdueCountsDto } from './application-responses.dto';
import { ApplicationsService } from './applications.service';

const REGION = { in: 'param' as const, name: 'code' };
/** Reading: the agency's staff (their agency), region and national admins, keys with applications:read. */
const READERS = ['counter_officer', 'agency_supervisor', 'region_admin', 'national_admin'] as const;
/** Processing is the agency's own work: its counter staff and supervisors, or its system through a key. */
const PROCESSORS = ['counter_officer', 'agency_supervisor'] as const;

@ApiTags('applications')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'VALIDATION_FAILED, APPLICATION_NOTE_REQUIRED, REQUIREMENT_UNKNOWN, INVALID_NIK',
})
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'APPLICATION_NOT_FOUND (also for another agency’s application)' })
@Controller('v1/regions/:code')
export class StaffApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly reads: ApplicationReadsService,
    private readonly layouts: QueueLayout,
  ) {}

  @Get('agencies/:agencyCode/applications')
  @RestrictedAccess({ roles: READERS, apiScope: 'applications:read', region: REGION })
  @ApiOperation({ summary: 'An agency’s applications, newest first, by status, SLA (overdue, due soon) and date; NIK masked' })
  @ApiParam({ name: 'agencyCode', example: 'disdukcapil' })
  @ApiOkResponse({ type: ApplicationPageDto })
  list(
    @RegionParam() code: RegionCode,
    @Param('agencyCode') agencyCode: string,
    @Query() query: ApplicationListQuery,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ApplicationPageDto> {
    return this.reads.list(code, agencyCode, query, PageRequest.of(query.page, query.pageSize), meta.principal);
  }

  @Get('applications/overdue-counts')
  @RestrictedAccess({ roles: ['agency_supervisor', 'region_admin', 'national_admin'], apiScope: 'applications:read', region: REGION })
  @ApiOperation({ summary: 'Overdue applications per agency today (a supervisor sees their own agency)' })
  @ApiOkResponse({ type: OverdueCountsDto })
  overdue(@RegionParam() code: RegionCode, @CurrentActingRequest() meta: ActingRequest): Promise<OverdueCountsDto> {
    return this.reads.overdueCounts(code, meta.principal);
  }

  @Get('applications/:id')
  @RestrictedAccess({ roles: READERS, apiScope: 'applications:read', region: REGION })
  @ApiOperation({ summary: 'One application with its checklist and history; the NIK whole only for the agency’s counter staff (audited)' })
  @ApiParam({ name: 'id', example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' })
  @ApiOkResponse({ type: ApplicationDto })
  detail(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ApplicationDto> {
    return this.reads.detail(code, id, meta.principal, meta.requestId);
  }

  @Post('applications/:id/actions')
  @HttpCode(200)
  @RestrictedAccess({ roles: PROCESSORS, apiScope: 'applications:write', region: REGION })
  @ApiOperation({ summary: 'Verify, send back for revision, process, complete or reject; ticks the checklist; audited' })
  @ApiParam({ name: 'id', example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'APPLICATION_STATE_CONFLICT' })
  async act(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: StaffActionDto,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ApplicationDto> {
    const principal = meta.principal;
    const moved = await this.applications.staffMove(code, id, principal, body.action, body.note, body.checked);
    return this.reads.staffDto(await this.layouts.region(code), moved.row, principal, meta.requestId);
  }

  @Post('agencies/:agencyCode/applications')
  @RestrictedAccess({ roles: [], apiScope: 'applications:write', region: REGION })
  @ApiOperation({ summary: 'An integrator (an agency’s system, a regional portal) files an application for a citizen' })
  @ApiParam({ name: 'agencyCode', example: 'disdukcapil' })
  @ApiCreatedResponse({ type: ApplicationDto })
  async fromIntegrator(
    @RegionParam() code: RegionCode,
    @Param('agencyCode') agencyCode: string,
    @Body() body: IntegratorApplicationDto,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ApplicationDto> {
    const principal = meta.principal;
    const row = await this.applications.create(code, { ...body, agencyCode, channel: 'integrator' }, { type: 'api-key', principal });
    return this.reads.staffDto(await this.layouts.region(code), row, principal, meta.requestId);
  }

  @Post('agencies/:agencyCode/counters/:counterCode/applications')
  @RestrictedAccess({ roles: PROCESSORS, region: REGION })
  @ApiOperation({
    summary: 'At the counter: an application for the service of the ticket being served; the applicant gets its tracking code',
  })
  @ApiParam({ name: 'agencyCode', example: 'disdukcapil' })
  @ApiParam({ name: 'counterCode', example: 'loket-1' })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'NO_CURRENT_TICKET' })
  async atCounter(
    @RegionParam() code: RegionCode,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @Body() body: ApplicantDetailsDto,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ApplicationDto> {
    const principal = meta.principal;
    const row = await this.applications.createAtCounter(code, agencyCode, counterCode, body, principal);
    return this.reads.staffDto(await this.layouts.region(code), row, principal, meta.requestId);
  }
}
