import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { RegionCode } from '@mpp/domain';
import { AcceptLanguage, ConditionalGet, ErrorResponseDto, preferredLanguage, PublicAccess, RegionParam } from '@mpp/platform';

import {
  AgencyListDto,
  ListServicesQuery,
  MallDto,
  ServiceDetailDto,
  ServicePageDto,
  StandardVersionListDto,
  StandardVersionsQuery,
} from './catalogue.dto';
import { CatalogueService } from './catalogue.service';

/** The catalogue changes only when a deployment is applied; a minute of caching is safe. */
const CACHE_CATALOGUE = 'public, max-age=60';

@ApiTags('catalogue')
@PublicAccess('The service catalogue and opening hours are public information (UU 25/2009 Pasal 21)', {
  integrators: { apiScope: 'catalog:read', region: { in: 'param', name: 'code' } },
})
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'REGION_CODE_INVALID or VALIDATION_FAILED' })
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'REGION_NOT_FOUND, DEPLOYMENT_NOT_FOUND or SERVICE_NOT_FOUND' })
@ConditionalGet()
@Controller('v1/regions/:code')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('mall')
  @Header('Cache-Control', CACHE_CATALOGUE)
  @Header('Vary', 'Accept-Language')
  @ApiOperation({ summary: 'The region’s MPP: its sites with their hours, and whether each is open now' })
  @ApiOkResponse({ type: MallDto })
  mall(@RegionParam() code: RegionCode, @AcceptLanguage() acceptLanguage?: string): Promise<MallDto> {
    return this.catalogue.mall(code, preferredLanguage(acceptLanguage));
  }

  @Get('agencies')
  @Header('Cache-Control', CACHE_CATALOGUE)
  @ApiOperation({ summary: 'The agencies (instansi) serving in the region’s MPP' })
  @ApiOkResponse({ type: AgencyListDto })
  agencies(@RegionParam() code: RegionCode): Promise<AgencyListDto> {
    return this.catalogue.agencies(code);
  }

  @Get('services')
  @Header('Cache-Control', CACHE_CATALOGUE)
  @ApiOperation({ summary: 'Find services by words in Indonesian, ignoring case and accents, best matches first' })
  @ApiOkResponse({ type: ServicePageDto })
  services(@RegionParam() code: RegionCode, @Query() query: ListServicesQuery): Promise<ServicePageDto> {
    return this.catalogue.services(code, query);
  }

  @Get('agencies/:agencyCode/services/:serviceCode')
  @Header('Cache-Control', CACHE_CATALOGUE)
  @ApiOperation({ summary: 'One service with its full service standard and whether it is open now' })
  @ApiOkResponse({ type: ServiceDetailDto })
  service(
    @RegionParam() code: RegionCode,
    @Param('agencyCode') agencyCode: string,
    @Param('serviceCode') serviceCode: string,
  ): Promise<ServiceDetailDto> {
    return this.catalogue.service(code, agencyCode, serviceCode);
  }

  @Get('agencies/:agencyCode/services/:serviceCode/standard-versions')
  @Header('Cache-Control', CACHE_CATALOGUE)
  @ApiOperation({
    summary: 'The service standard’s versions, newest first, each with the period it held; with ?on=, the one in force then',
  })
  @ApiOkResponse({ type: StandardVersionListDto })
  standardVersions(
    @RegionParam() code: RegionCode,
    @Param('agencyCode') agencyCode: string,
    @Param('serviceCode') serviceCode: string,
    @Query() query: StandardVersionsQuery,
  ): Promise<StandardVersionListDto> {
    return this.catalogue.standardVersions(code, agencyCode, serviceCode, query.on);
  }
}
