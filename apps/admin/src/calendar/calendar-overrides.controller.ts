import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { type RegionCode } from '@mpp/domain';
import { type ActingRequest, CurrentActingRequest, ErrorResponseDto, RegionParam, RestrictedAccess } from '@mpp/platform';

import { CalendarOverrideDto, CalendarOverrideListDto, CreateCalendarOverrideRequest } from './calendar-override.dto';
import { CalendarOverridesService } from './calendar-overrides.service';

const REGION = { in: 'param', name: 'regionCode' } as const;

@ApiTags('calendar')
@ApiParam({ name: 'regionCode', example: '32.71' })
@Controller('admin/api/v1/regions/:regionCode/calendar-overrides')
export class CalendarOverridesController {
  constructor(private readonly overrides: CalendarOverridesService) {}

  @Post()
  @RestrictedAccess({ roles: ['national_admin', 'region_admin', 'agency_supervisor'], region: REGION })
  @ApiOperation({ summary: 'Close a site or service for a day or part of it, or open it on an extra day; audited' })
  @ApiCreatedResponse({ type: CalendarOverrideDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SITE_NOT_FOUND or SERVICE_NOT_FOUND' })
  create(
    @RegionParam('regionCode') regionCode: RegionCode,
    @Body() body: CreateCalendarOverrideRequest,
    @CurrentActingRequest() request: ActingRequest,
  ): Promise<CalendarOverrideDto> {
    return this.overrides.create(regionCode, body, request);
  }

  @Get()
  @RestrictedAccess({ roles: ['national_admin', 'region_admin', 'agency_supervisor'], region: REGION })
  @ApiOperation({ summary: 'Today’s and future overrides of the region' })
  @ApiOkResponse({ type: CalendarOverrideListDto })
  list(@RegionParam('regionCode') regionCode: RegionCode): Promise<CalendarOverrideListDto> {
    return this.overrides.list(regionCode);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RestrictedAccess({ roles: ['national_admin', 'region_admin', 'agency_supervisor'], region: REGION })
  @ApiOperation({ summary: 'Cancel an override; the record stays, marked cancelled' })
  @ApiOkResponse({ type: CalendarOverrideDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'CALENDAR_OVERRIDE_NOT_FOUND' })
  cancel(
    @RegionParam('regionCode') regionCode: RegionCode,
    @Param('id') id: string,
    @CurrentActingRequest() request: ActingRequest,
  ): Promise<CalendarOverrideDto> {
    return this.overrides.cancel(regionCode, id, request);
  }
}
