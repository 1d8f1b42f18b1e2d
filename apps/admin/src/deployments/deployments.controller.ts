import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConsumes, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';

import { type ActingRequest, CurrentActingRequest, ErrorResponseDto, RestrictedAccess } from '@mpp/platform';

import { ApplyQuery, DeploymentUpload, PlanDto, ValidationDto } from './deployments.dto';
import { DeploymentsService } from './deployments.service';
import { TemplateDriftDto } from './template-plan.dto';

const ADMINS = ['national_admin', 'region_admin'] as const;

/** The region in the file decides who may act: a national admin, or that region's admin. */
@ApiTags('deployments')
@ApiConsumes('application/json', 'application/yaml')
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'DEPLOYMENT_INVALID: every problem with its path and line' })
@Controller('admin/api/v1/deployments')
export class DeploymentsController {
  constructor(private readonly deployments: DeploymentsService) {}

  @Post('validate')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'Check a deployment file; changes nothing' })
  @ApiOkResponse({ type: ValidationDto })
  validate(@Body() body: DeploymentUpload, @CurrentActingRequest() request: ActingRequest): Promise<ValidationDto> {
    return this.deployments.validate(body.content, request);
  }

  @Post('plan')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'What applying the file would create, change, deactivate; changes nothing' })
  @ApiOkResponse({ type: PlanDto })
  plan(@Body() body: DeploymentUpload, @CurrentActingRequest() request: ActingRequest): Promise<PlanDto> {
    return this.deployments.plan(body.content, request);
  }

  @Post('apply')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'Apply the file in one transaction, audited; applying it again changes nothing' })
  @ApiOkResponse({ type: PlanDto })
  @ApiQuery({ name: 'file', required: false, description: 'The file’s name, kept with each new service standard (e.g. kota-bogor.yaml)' })
  apply(@Body() body: DeploymentUpload, @Query() query: ApplyQuery, @CurrentActingRequest() request: ActingRequest): Promise<PlanDto> {
    return this.deployments.apply(body.content, request, query.file);
  }

  @Post('template-plan')
  @HttpCode(200)
  @RestrictedAccess({ roles: ['national_admin'] })
  @ApiOperation({
    summary:
      'For a new version of a national template (AgencyTemplate YAML): every region it would change when re-applied, and how; changes nothing',
  })
  @ApiOkResponse({ type: TemplateDriftDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'TEMPLATE_INVALID: every problem with its path and line' })
  planTemplate(@Body() body: DeploymentUpload): Promise<TemplateDriftDto> {
    return this.deployments.planTemplate(body.content);
  }
}
