import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@mpp/domain';
import { type ActingRequest, CurrentActingRequest, CurrentPrincipal, ErrorResponseDto, RestrictedAccess } from '@mpp/platform';

import { CreateStaffRequest, ListStaffQuery, ResetPasswordRequest, StaffDto, StaffPageDto, UpdateStaffRequest } from './staff.dto';
import { StaffService } from './staff.service';

const ADMINS = ['national_admin', 'region_admin'] as const;

@ApiTags('staff')
@Controller('admin/api/v1/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @RestrictedAccess({ roles: ADMINS, region: { in: 'body', name: 'regionCode' } })
  @ApiOperation({ summary: 'Create a staff account with its role and scope' })
  @ApiCreatedResponse({ type: StaffDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'STAFF_EMAIL_TAKEN' })
  create(@Body() body: CreateStaffRequest, @CurrentActingRequest() request: ActingRequest): Promise<StaffDto> {
    return this.staff.create(body, request);
  }

  @Get()
  @RestrictedAccess({ roles: ADMINS, region: { in: 'query', name: 'region' } })
  @ApiOperation({ summary: 'List staff accounts; a region admin sees its own region only' })
  @ApiOkResponse({ type: StaffPageDto })
  list(@Query() query: ListStaffQuery, @CurrentPrincipal() principal: Principal): Promise<StaffPageDto> {
    return this.staff.list(query, principal);
  }

  @Get(':id')
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'One staff account' })
  @ApiOkResponse({ type: StaffDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'STAFF_NOT_FOUND, also for accounts outside your region' })
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<StaffDto> {
    return this.staff.get(id, principal);
  }

  @Patch(':id')
  @RestrictedAccess({ roles: ADMINS, region: { in: 'body', name: 'regionCode' } })
  @ApiOperation({ summary: 'Change name, role, scope, or disable; role and scope changes end the account’s sessions' })
  @ApiOkResponse({ type: StaffDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'STAFF_NOT_FOUND' })
  update(@Param('id') id: string, @Body() body: UpdateStaffRequest, @CurrentActingRequest() request: ActingRequest): Promise<StaffDto> {
    return this.staff.update(id, body, request);
  }

  @Post(':id/password')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'Set a new password for a staff member; lifts a lockout and ends every session of the account' })
  @ApiOkResponse({ type: StaffDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'STAFF_NOT_FOUND' })
  resetPassword(
    @Param('id') id: string,
    @Body() body: ResetPasswordRequest,
    @CurrentActingRequest() request: ActingRequest,
  ): Promise<StaffDto> {
    return this.staff.resetPassword(id, body.newPassword, request);
  }
}
