import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';

import { ForbiddenError, PageRequest, RegionCode, serviceDateAt } from '@mpp/domain';
import { ComplaintsRepository } from '@mpp/persistence';
import {
  type ActingRequest,
  CurrentActingRequest,
  ErrorResponseDto,
  NikCipher,
  ParseIdPipe,
  RegionParam,
  RestrictedAccess,
} from '@mpp/platform';

import { QueueLayout } from '../queue/queue-layout.service';
import { ComplaintActionDto, ComplaintListQuery, FileComplaintDto } from './complaint-requests.dto';
import { ComplaintDto, ComplaintPageDto, FiledComplaintDto } from './complaint-responses.dto';
import { staffView, trackingView } from './complaint-view';
import { ComplaintsService, notFound } from './complaints.service';

const REGION = { in: 'param' as const, name: 'code' };
const STAFF = ['counter_officer', 'agency_supervisor', 'region_admin', 'national_admin'] as const;

@ApiTags('complaints')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, COMPLAINT_NOTE_REQUIRED' })
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'COMPLAINT_NOT_FOUND (also for another agency’s complaint), AGENCY_NOT_FOUND' })
@Controller('v1/regions/:code')
export class StaffComplaintsController {
  constructor(
    private readonly complaints: ComplaintsService,
    private readonly repository: ComplaintsRepository,
    private readonly layouts: QueueLayout,
    private readonly cipher: NikCipher,
  ) {}

  @Post('complaints/received')
  @RestrictedAccess({ roles: STAFF, apiScope: 'complaints:write', region: REGION })
  @ApiOperation({ summary: 'Record a complaint taken at the desk, or sent by an integrator (scope complaints:write)' })
  @ApiCreatedResponse({ type: FiledComplaintDto })
  async record(
    @RegionParam() code: RegionCode,
    @Body() body: FileComplaintDto,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<FiledComplaintDto> {
    const principal = meta.principal;
    const actor = { type: principal.kind === 'api-key' ? ('api-key' as const) : ('staff' as const), principal };
    const row = await this.complaints.file(code, body, principal.kind === 'api-key' ? 'integrator' : 'desk', actor);
    return { ...trackingView(row, row.receivedOn), message: 'Simpan kode pelacakan ini untuk memantau dan menanggapi pengaduan Anda' };
  }

  @Get('complaints')
  @RestrictedAccess({ roles: STAFF, apiScope: 'complaints:read', region: REGION })
  @ApiOperation({
    summary: 'Complaints, newest first: the agency’s own for agency staff, all for the region’s desk; escalated ones with escalated=true',
  })
  @ApiOkResponse({ type: ComplaintPageDto })
  async list(
    @RegionParam() code: RegionCode,
    @Query() query: ComplaintListQuery,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ComplaintPageDto> {
    const principal = meta.principal;
    const layout = await this.layouts.region(code);
    const page = PageRequest.of(query.page, query.pageSize);
    // Agency staff and keys bound to an agency list that agency's complaints; the region's desk, all.
    const agencyCode = principal.agencyCode || undefined;
    const result = await this.repository.list(
      { regionCode: layout.regionCode, agencyCode, status: query.status, escalated: query.escalated },
      page,
    );
    const today = serviceDateAt(new Date(), layout.utcOffsetHours);
    return {
      items: result.items.map((row) => staffView(row, principal, today, [], (sealed, rowId) => this.cipher.open(sealed, rowId))),
      page: page.page,
      pageSize: page.pageSize,
      total: result.total,
      totalPages: Math.ceil(result.total / page.pageSize),
    };
  }

  @Get('complaints/:id')
  @RestrictedAccess({ roles: STAFF, apiScope: 'complaints:read', region: REGION })
  @ApiOperation({ summary: 'One complaint with its history; an anonymous one shows no reporter to the agency' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ComplaintDto })
  async detail(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ComplaintDto> {
    const principal = meta.principal;
    const layout = await this.layouts.region(code);
    const row = await this.repository.find(layout.regionCode, id);
    if (!row || !this.complaints.reaches(principal, row)) throw notFound('id');
    const history = await this.repository.events(row.regionCode, row.id);
    return staffView(row, principal, serviceDateAt(new Date(), layout.utcOffsetHours), history, (sealed, rowId) =>
      this.cipher.open(sealed, rowId),
    );
  }

  @Post('complaints/:id/forward')
  @HttpCode(202)
  @RestrictedAccess({ roles: ['region_admin', 'national_admin'], region: REGION })
  @ApiOperation({
    summary:
      'Forward a complaint to SP4N-LAPOR! (regions with forwardToLapor: chosen); delivered in the background, retried until LAPOR! answers',
    description: 'Its LAPOR! tracking id and status then appear on the complaint (`lapor`). A second request changes nothing.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiAcceptedResponse({ type: ComplaintDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'LAPOR_FORWARDING_OFF: the region’s deployment forwards none' })
  async forward(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ComplaintDto> {
    const principal = meta.principal;
    const row = await this.complaints.requestForwarding(code, id, principal);
    const layout = await this.layouts.region(code);
    const history = await this.repository.events(row.regionCode, row.id);
    return staffView(row, principal, serviceDateAt(new Date(), layout.utcOffsetHours), history, (sealed, rowId) =>
      this.cipher.open(sealed, rowId),
    );
  }

  @Post('complaints/:id/actions')
  @HttpCode(200)
  @RestrictedAccess({ roles: STAFF, apiScope: 'complaints:write', region: REGION })
  @ApiOperation({
    summary: 'Move a complaint: the region’s desk verifies, archives (unintelligible), assigns and closes; the agency answers',
    description: 'Archive and answer need a note. Every move is kept in the complaint’s history with its actor.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'COMPLAINT_STATE_CONFLICT' })
  async act(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ComplaintActionDto,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ComplaintDto> {
    const principal = meta.principal;
    if (principal.kind === 'api-key' && body.action !== 'answer')
      throw new ForbiddenError('ROLE_NOT_ALLOWED', 'an integrator may only answer');
    const row = await this.complaints.staffMove(code, id, body.action, principal, body.note, body.agencyCode);
    const layout = await this.layouts.region(code);
    const history = await this.repository.events(row.regionCode, row.id);
    return staffView(row, principal, serviceDateAt(new Date(), layout.utcOffsetHours), history, (sealed, rowId) =>
      this.cipher.open(sealed, rowId),
    );
  }
}
