import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
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

import { parseTrackingCode, RegionCode } from '@mpp/domain';
import { ErrorResponseDto, PublicAccess, RegionParam } from '@mpp/platform';

import { ApplicationReadsService } from './application-reads.service';
import { ApplicantProofDto, SubmitApplicationDto } from './application-requests.dto';
import { ApplicantViewDto, ApplicationTrackingDto, SubmittedApplicationDto } from './application-responses.dto';
import { ApplicationsService } from './applications.service';

@ApiTags('applications')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'VALIDATION_FAILED, INVALID_NIK, PHONE_INVALID, TRACKING_CODE_INVALID, APPLICATION_NOTE_REQUIRED',
})
@ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND',
})
@Controller('v1/regions/:code')
export class CitizenApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly reads: ApplicationReadsService,
  ) {}

  @Post('applications')
  @PublicAccess('Citizens apply without an account; the phone number they give proves later that they are the applicant')
  @ApiOperation({ summary: 'Apply online for a service (or keep a draft); returns the tracking code, shown once with the checklist' })
  @ApiCreatedResponse({ type: SubmittedApplicationDto })
  async submit(@RegionParam() code: RegionCode, @Body() body: SubmitApplicationDto): Promise<SubmittedApplicationDto> {
    const row = await this.applications.create(code, { ...body, channel: 'online' }, { type: 'applicant' });
    return this.reads.applicantViewOf(code, row);
  }

  @Get('tracking/:trackingCode')
  @PublicAccess('The tracking page shows the status, the service and the due date, nothing personal; codes are unguessable')
  @ApiOperation({ summary: 'Track an application by its code: status, service, due date; nothing personal' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ApplicationTrackingDto })
  track(@RegionParam() code: RegionCode, @Param('trackingCode') trackingCode: string): Promise<ApplicationTrackingDto> {
    return this.reads.track(code, trackingCode);
  }

  @Post('tracking/:trackingCode/details')
  @HttpCode(200)
  @PublicAccess('The tracking code with the applicant’s phone number proves the caller is the applicant')
  @ApiOperation({ summary: 'The applicant’s view: notes (what to fix), the checklist and the history' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ApplicantViewDto })
  details(
    @RegionParam() code: RegionCode,
    @Param('trackingCode') trackingCode: string,
    @Body() body: ApplicantProofDto,
  ): Promise<ApplicantViewDto> {
    return this.reads.forApplicant(code, trackingCode, body.phone);
  }

  @Post('tracking/:trackingCode/submit')
  @HttpCode(200)
  @PublicAccess('The tracking code with the applicant’s phone number proves the caller is the applicant')
  @ApiOperation({ summary: 'Send a draft to the agency; the working-day clock starts' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ApplicantViewDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'APPLICATION_STATE_CONFLICT' })
  submitDraft(@RegionParam() code: RegionCode, @Param('trackingCode') trackingCode: string, @Body() body: ApplicantProofDto) {
    return this.applicantMove(code, trackingCode, body, 'submit');
  }

  @Post('tracking/:trackingCode/resubmit')
  @HttpCode(200)
  @PublicAccess('The tracking code with the applicant’s phone number proves the caller is the applicant')
  @ApiOperation({ summary: 'Send a file back to the agency after fixing what it asked; the clock runs again with the days left' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ApplicantViewDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'APPLICATION_STATE_CONFLICT' })
  resubmit(@RegionParam() code: RegionCode, @Param('trackingCode') trackingCode: string, @Body() body: ApplicantProofDto) {
    return this.applicantMove(code, trackingCode, body, 'resubmit');
  }

  @Post('tracking/:trackingCode/withdraw')
  @HttpCode(200)
  @PublicAccess('The tracking code with the applicant’s phone number proves the caller is the applicant')
  @ApiOperation({ summary: 'Withdraw the application (before the agency starts processing it)' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: ApplicantViewDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'APPLICATION_STATE_CONFLICT' })
  withdraw(@RegionParam() code: RegionCode, @Param('trackingCode') trackingCode: string, @Body() body: ApplicantProofDto) {
    return this.applicantMove(code, trackingCode, body, 'withdraw');
  }

  private async applicantMove(
    code: RegionCode,
    trackingCode: string,
    body: ApplicantProofDto,
    action: 'submit' | 'resubmit' | 'withdraw',
  ): Promise<ApplicantViewDto> {
    const moved = await this.applications.applicantMove(code, parseTrackingCode(trackingCode), body.phone, action, body.note);
    return this.reads.applicantViewOf(code, moved.row);
  }
}
