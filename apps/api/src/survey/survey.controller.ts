import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';

import { RegionCode } from '@mpp/domain';
import {
  AcceptLanguage,
  CurrentDevice,
  DeviceAccess,
  type DevicePrincipal,
  ErrorResponseDto,
  preferredLanguage,
  PublicAccess,
  RegionParam,
} from '@mpp/platform';

import { SurveyFormQuery, SurveyResponseDto } from './survey-requests.dto';
import { SurveyFormDto, SurveyReceiptDto } from './survey-responses.dto';
import { SurveyResponsesService } from './survey-responses.service';

const THANKS = { id: 'Terima kasih atas penilaian Anda', en: 'Thank you for your rating' };

@ApiTags('survey')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description:
    'VALIDATION_FAILED, SURVEY_ANSWER_INVALID, SURVEY_PROFILE_INVALID, SURVEY_SUBJECT_REQUIRED, SURVEY_SUBJECT_AMBIGUOUS, TRACKING_CODE_INVALID',
})
@ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'TICKET_NOT_FOUND, APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND',
})
@Controller('v1/regions/:code')
export class SurveyController {
  constructor(private readonly responses: SurveyResponsesService) {}

  @Get('survey-form')
  @PublicAccess(
    'The questionnaire is public; with a ticket id or tracking code (the holder’s own keys) it also says whether that visit may answer',
  )
  @ApiOperation({
    summary: 'The SKM questionnaire (U1–U9, answers 1–4) in Indonesian and English, with the deployment’s wording',
    description:
      'The ticket page and the application tracking answer link here with `ticketId` or `trackingCode` once the visit is finished.',
  })
  @ApiOkResponse({ type: SurveyFormDto })
  form(@RegionParam() code: RegionCode, @Query() query: SurveyFormQuery): Promise<SurveyFormDto> {
    return this.responses.form(code, query);
  }

  @Post('survey-responses')
  @DeviceAccess({
    devices: ['kiosk'],
    region: { in: 'param', name: 'code' },
    site: { in: 'body', name: 'siteCode' },
    otherwisePublic:
      'A citizen answers for their own finished ticket or completed application (its id or code is their key; one response each); walk-ins only on a registered kiosk or tablet',
  })
  @ApiOperation({
    summary: 'Answer the survey: for a finished ticket, a completed application, or as a walk-in at a kiosk/tablet (X-Device-Token)',
    description:
      'Stored by element code with the respondent’s optional profile and suggestion; anonymous to the agency. A second response for one ticket or application is refused with 409 SURVEY_ALREADY_ANSWERED.',
  })
  @ApiHeader({
    name: 'X-Device-Token',
    required: false,
    description: 'A kiosk or board-side tablet of the site, for walk-in respondents',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]+$', maxLength: 128 },
  })
  @ApiCreatedResponse({ type: SurveyReceiptDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SURVEY_NOT_OPEN, SURVEY_ALREADY_ANSWERED' })
  async submit(
    @RegionParam() code: RegionCode,
    @Body() body: SurveyResponseDto,
    @CurrentDevice() device: DevicePrincipal | undefined,
    @AcceptLanguage() acceptLanguage: string | undefined,
  ): Promise<SurveyReceiptDto> {
    const elementsAnswered = await this.responses.submit(code, body, device);
    return { message: THANKS[preferredLanguage(acceptLanguage)], elementsAnswered };
  }
}
