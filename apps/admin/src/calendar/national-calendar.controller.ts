import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import {
  AcceptLanguage,
  type ActingRequest,
  CurrentActingRequest,
  ErrorResponseDto,
  preferredLanguage,
  RestrictedAccess,
} from '@mpp/platform';

import { DeploymentUpload } from '../deployments/deployments.dto';
import { NationalCalendarDto } from './national-calendar.dto';
import { NationalCalendarService } from './national-calendar.service';

/**
 * One calendar for every region, kept by the ministry. Region admins see its gaps in
 * /health/ready and the mall answer; this route is the ministry's.
 */
@ApiTags('calendar')
@Controller('admin/api/v1/national-calendar')
export class NationalCalendarController {
  constructor(private readonly calendar: NationalCalendarService) {}

  @Get()
  @RestrictedAccess({ roles: ['national_admin'] })
  @ApiOperation({ summary: 'The loaded years of national holidays and cuti bersama, and a warning when the next 90 days are not covered' })
  @ApiOkResponse({ type: NationalCalendarDto })
  show(@AcceptLanguage() acceptLanguage?: string): Promise<NationalCalendarDto> {
    return this.calendar.show(preferredLanguage(acceptLanguage));
  }

  @Put()
  @HttpCode(200)
  @RestrictedAccess({ roles: ['national_admin'] })
  @ApiConsumes('application/json', 'application/yaml')
  @ApiOperation({
    summary:
      'Load or correct the years a NationalCalendar file declares (same format as deployments/national/holidays.yaml); other years stay; audited',
  })
  @ApiOkResponse({ type: NationalCalendarDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'NATIONAL_CALENDAR_INVALID: every problem with its path and line; nothing written',
  })
  load(
    @Body() body: DeploymentUpload,
    @CurrentActingRequest() request: ActingRequest,
    @AcceptLanguage() acceptLanguage?: string,
  ): Promise<NationalCalendarDto> {
    return this.calendar.load(body.content, request, preferredLanguage(acceptLanguage));
  }
}
