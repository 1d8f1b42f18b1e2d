import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { RegionCode } from '@mpp/domain';
import { ErrorResponseDto, PublicAccess, RegionParam } from '@mpp/platform';

import { ListRegionsQuery } from './list-regions.query';
import { ProvinceDto, ProvinceListDto, RegionDto, RegionPageDto } from './region.dto';
import { RegionsService } from './regions.service';

/** Reference data changes a few times a year; an hour of caching is safe for everyone. */
const CACHE_REFERENCE_DATA = 'public, max-age=3600';

@ApiTags('regions')
@PublicAccess('Region codes and names are public reference data (Kepmendagri)')
@Controller('v1')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('regions')
  @Header('Cache-Control', CACHE_REFERENCE_DATA)
  @ApiOperation({ summary: 'List the 514 kabupaten/kota, filtered and paged' })
  @ApiOkResponse({ type: RegionPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED: a query parameter is invalid or unknown' })
  list(@Query() query: ListRegionsQuery): Promise<RegionPageDto> {
    return this.regions.list(query);
  }

  @Get('regions/:code')
  @Header('Cache-Control', CACHE_REFERENCE_DATA)
  @ApiOperation({ summary: 'One kabupaten/kota by its Kemendagri code' })
  @ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code PP.RR' })
  @ApiOkResponse({ type: RegionDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'REGION_CODE_INVALID: not of the form PP.RR' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'REGION_NOT_FOUND' })
  get(@RegionParam() code: RegionCode): Promise<RegionDto> {
    return this.regions.get(code);
  }

  @Get('provinces')
  @Header('Cache-Control', CACHE_REFERENCE_DATA)
  @ApiOperation({ summary: 'List the 38 provinces with their time zones' })
  @ApiOkResponse({ type: ProvinceListDto })
  async listProvinces(): Promise<ProvinceListDto> {
    const items = await this.regions.listProvinces();
    return { items, total: items.length };
  }

  @Get('provinces/:code')
  @Header('Cache-Control', CACHE_REFERENCE_DATA)
  @ApiOperation({ summary: 'One province by its two-digit code' })
  @ApiParam({ name: 'code', example: '32' })
  @ApiOkResponse({ type: ProvinceDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'PROVINCE_CODE_INVALID' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'PROVINCE_NOT_FOUND' })
  getProvince(@Param('code') code: string): Promise<ProvinceDto> {
    return this.regions.getProvince(code);
  }
}
