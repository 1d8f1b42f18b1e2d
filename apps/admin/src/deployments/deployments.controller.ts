import { CurrentRequest, ErrorResponseDto, type RequestMeta, RestrictedAccess } from '@mpp/platform';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeploymentUpload, PlanDto, ValidationDto } from './deployments.dto';
import { DeploymentsService } from './deployments.service';

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
  validate(@Body() body: DeploymentUpload, @CurrentRequest() request: RequestMeta): Promise<ValidationDto> {
    return this.deployments.validate(body.content, request);
  }

  @Post('plan')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'What applying the file would create, change, deactivate; changes nothing' })
  @ApiOkResponse({ type: PlanDto })
  plan(@Body() body: DeploymentUpload, @CurrentRequest() request: RequestMeta): Promise<PlanDto> {
    return this.deployments.plan(body.content, request);
  }

  @Post('apply')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'Apply the file in one transaction, audited; applying it again changes nothing' })
  @ApiOkResponse({ type: PlanDto })
  apply(@Body() body: DeploymentUpload, @CurrentRequest() request: RequestMeta): Promise<PlanDto> {
    return this.deployments.apply(body.content, request);
  }
}
