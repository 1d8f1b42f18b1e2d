import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { type RegionCode } from '@mpp/domain';
import { ErrorResponseDto, RegionParam, RestrictedAccess } from '@mpp/platform';

import { DeploymentFileDto } from './deployment-files.dto';
import { DeploymentFilesService } from './deployment-files.service';

const ADMINS = ['national_admin', 'region_admin'] as const;
const REGION_ADMINS = { roles: ADMINS, region: { in: 'param' as const, name: 'regionCode' } };

/** The files the console's editor opens: the schema it completes from, the live file, a new region's start. */
@ApiTags('deployments')
@Controller('admin/api/v1')
export class DeploymentFilesController {
  constructor(private readonly files: DeploymentFilesService) {}

  @Get('deployments/schema')
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'The JSON Schema of a region deployment file (what `mpp schema` writes), for editors' })
  @ApiOkResponse({ schema: { type: 'object', description: 'A JSON Schema (draft 2020-12) document' } })
  schema(): unknown {
    return this.files.jsonSchema();
  }

  @Get('regions/:regionCode/deployment')
  @RestrictedAccess(REGION_ADMINS)
  @ApiParam({ name: 'regionCode', example: '32.71' })
  @ApiOperation({ summary: 'The region’s live configuration as a deployment file (what `mpp export` writes); changes nothing' })
  @ApiOkResponse({ type: DeploymentFileDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'REGION_NOT_FOUND, DEPLOYMENT_NOT_FOUND' })
  exportLive(@RegionParam('regionCode') regionCode: RegionCode): Promise<DeploymentFileDto> {
    return this.files.exportLive(regionCode);
  }

  @Get('regions/:regionCode/deployment/initial')
  @RestrictedAccess(REGION_ADMINS)
  @ApiParam({ name: 'regionCode', example: '35.07' })
  @ApiOperation({ summary: 'A starting file for the region from the national templates (what `mpp init` writes); changes nothing' })
  @ApiOkResponse({ type: DeploymentFileDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'REGION_NOT_FOUND' })
  initial(@RegionParam('regionCode') regionCode: RegionCode): Promise<DeploymentFileDto> {
    return this.files.initial(regionCode);
  }
}
