import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Principal } from '@mpp/domain';
import { type ActingRequest, CurrentActingRequest, CurrentPrincipal, ErrorResponseDto, RestrictedAccess } from '@mpp/platform';

import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyRequest, IssuedApiKeyDto, ListApiKeysQuery } from './api-key.dto';
import { ApiKeysService } from './api-keys.service';

const ADMINS = ['national_admin', 'region_admin'] as const;

@ApiTags('api-keys')
@Controller('admin/api/v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @RestrictedAccess({ roles: ADMINS, region: { in: 'body', name: 'regionCode' } })
  @ApiOperation({ summary: 'Issue an API key; the answer holds the whole key, shown this once' })
  @ApiCreatedResponse({ type: IssuedApiKeyDto })
  create(@Body() body: CreateApiKeyRequest, @CurrentActingRequest() request: ActingRequest): Promise<IssuedApiKeyDto> {
    return this.keys.create(body, request);
  }

  @Get()
  @RestrictedAccess({ roles: ADMINS, region: { in: 'query', name: 'region' } })
  @ApiOperation({ summary: 'List API keys (prefix only, never the secret)' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  list(@Query() query: ListApiKeysQuery, @CurrentPrincipal() principal: Principal): Promise<ApiKeyPageDto> {
    return this.keys.list(query, principal);
  }

  @Get(':id')
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'One API key' })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'API_KEY_NOT_FOUND' })
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ApiKeyDto> {
    return this.keys.get(id, principal);
  }

  @Post(':id/rotate')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'Give the key a new secret; the old one stops working at once' })
  @ApiOkResponse({ type: IssuedApiKeyDto })
  rotate(@Param('id') id: string, @CurrentActingRequest() request: ActingRequest): Promise<IssuedApiKeyDto> {
    return this.keys.rotate(id, request);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RestrictedAccess({ roles: ADMINS })
  @ApiOperation({ summary: 'Revoke the key for good' })
  @ApiOkResponse({ type: ApiKeyDto })
  revoke(@Param('id') id: string, @CurrentActingRequest() request: ActingRequest): Promise<ApiKeyDto> {
    return this.keys.revoke(id, request);
  }
}
