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
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';

import { PageRequest, RegionCode, serviceDateAt } from '@mpp/domain';
import { type ComplaintRow, ComplaintsRepository } from '@mpp/persistence';
import {
  AcceptLanguage,
  CurrentDevice,
  DeviceAccess,
  type DevicePrincipal,
  ErrorResponseDto,
  PageQuery,
  preferredLanguage,
  PublicAccess,
  RegionParam,
} from '@mpp/platform';

import { QueueLayout, type RegionLayout } from '../queue/queue-layout.service';
import { FileComplaintDto, ReporterProofDto } from './complaint-requests.dto';
import { ComplaintReporterViewDto, FiledComplaintDto, PublicComplaintPageDto } from './complaint-responses.dto';
import { publicView, reporterMessages, trackingView } from './complaint-view';
import { ComplaintsService } from './complaints.service';

const KEEP_CODE = {
  id: 'Simpan kode pelacakan ini untuk memantau dan menanggapi pengaduan Anda',
  en: 'Keep this tracking code to follow and reply to your complaint',
};
const REPORTER = 'The tracking code with the reporter’s phone number proves the caller is the reporter';

@ApiTags('complaints')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, INCIDENT_DATE_INVALID, TRACKING_CODE_INVALID, COMPLAINT_NOTE_REQUIRED',
})
@ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'COMPLAINT_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND',
})
@Controller('v1/regions/:code')
export class CitizenComplaintsController {
  constructor(
    private readonly complaints: ComplaintsService,
    private readonly repository: ComplaintsRepository,
    private readonly layouts: QueueLayout,
  ) {}

  @Post('complaints')
  @DeviceAccess({
    devices: ['kiosk'],
    region: { in: 'param', name: 'code' },
    site: { in: 'body', name: 'siteCode' },
    otherwisePublic: 'Citizens file complaints without an account (limited per IP and per phone number); kiosks send their device token',
  })
  @ApiOperation({
    summary: 'File a complaint (pengaduan) on the web or at a kiosk; returns the tracking code and the working-day deadlines',
    description: 'Anonymous: the agency never sees who filed it. Secret: left out of the public list.',
  })
  @ApiCreatedResponse({ type: FiledComplaintDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'COMPLAINT_LIMIT_REACHED (per phone) or RATE_LIMITED (per IP)' })
  async file(
    @RegionParam() code: RegionCode,
    @Body() body: FileComplaintDto,
    @CurrentDevice() device: DevicePrincipal | undefined,
    @AcceptLanguage() acceptLanguage: string | undefined,
  ): Promise<FiledComplaintDto> {
    const row = await this.complaints.file(code, body, device ? 'kiosk' : 'web', { type: 'citizen' });
    return { ...trackingView(row, row.receivedOn), message: KEEP_CODE[preferredLanguage(acceptLanguage)] };
  }

  @Get('complaints/public')
  @PublicAccess('The public list shows verified complaints not marked secret: title, category, agency and status, nothing of the reporter')
  @ApiOperation({ summary: 'Complaints anyone may read (not secret, verified): title, category, agency, status' })
  @ApiOkResponse({ type: PublicComplaintPageDto })
  async publicList(@RegionParam() code: RegionCode, @Query() query: PageQuery): Promise<PublicComplaintPageDto> {
    const layout = await this.layouts.region(code);
    const page = PageRequest.of(query.page, query.pageSize);
    const result = await this.repository.publicList(layout.regionCode, page);
    return {
      items: result.items.map(publicView),
      page: page.page,
      pageSize: page.pageSize,
      total: result.total,
      totalPages: Math.ceil(result.total / page.pageSize),
    };
  }

  @Post('complaint-tracking/:trackingCode')
  @HttpCode(200)
  @PublicAccess(REPORTER)
  @ApiOperation({ summary: 'The reporter follows their complaint: status, public status, deadlines' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ComplaintReporterViewDto })
  async track(
    @RegionParam() code: RegionCode,
    @Param('trackingCode') trackingCode: string,
    @Body() body: ReporterProofDto,
  ): Promise<ComplaintReporterViewDto> {
    const layout = await this.layouts.region(code);
    const row = await this.complaints.byReporter(layout.region, trackingCode, body.phone);
    return this.reporterView(layout, row);
  }

  @Post('complaint-tracking/:trackingCode/reply')
  @HttpCode(200)
  @PublicAccess(REPORTER)
  @ApiOperation({ summary: 'The reporter replies to the agency’s answer (the agency answers again)' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ComplaintReporterViewDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'COMPLAINT_STATE_CONFLICT' })
  reply(@RegionParam() code: RegionCode, @Param('trackingCode') trackingCode: string, @Body() body: ReporterProofDto) {
    return this.citizenMove(code, trackingCode, body, 'reply');
  }

  @Post('complaint-tracking/:trackingCode/close')
  @HttpCode(200)
  @PublicAccess(REPORTER)
  @ApiOperation({ summary: 'The reporter accepts the answer and closes the complaint' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ComplaintReporterViewDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'COMPLAINT_STATE_CONFLICT' })
  close(@RegionParam() code: RegionCode, @Param('trackingCode') trackingCode: string, @Body() body: ReporterProofDto) {
    return this.citizenMove(code, trackingCode, body, 'close');
  }

  private async citizenMove(
    code: RegionCode,
    trackingCode: string,
    body: ReporterProofDto,
    action: 'reply' | 'close',
  ): Promise<ComplaintReporterViewDto> {
    const layout = await this.layouts.region(code);
    const row = await this.complaints.citizenMove(layout.region, trackingCode, body.phone, action, body.note);
    return this.reporterView(layout, row);
  }

  private async reporterView(layout: RegionLayout, row: ComplaintRow): Promise<ComplaintReporterViewDto> {
    const events = await this.repository.events(layout.regionCode, row.id);
    return { ...trackingView(row, serviceDateAt(new Date(), layout.utcOffsetHours)), messages: reporterMessages(events) };
  }
}
