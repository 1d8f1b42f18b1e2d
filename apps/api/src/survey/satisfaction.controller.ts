import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { RegionCode } from '@mpp/domain';
import { type ActingRequest, CurrentActingRequest, ErrorResponseDto, PublicAccess, RegionParam, RestrictedAccess } from '@mpp/platform';

import { SatisfactionService } from './satisfaction.service';
import { reportCsv, reportXlsx } from './satisfaction-report-files';
import { NationalSatisfactionQuery, SatisfactionQuery, SatisfactionReportQuery } from './survey-requests.dto';
import { NationalSatisfactionDto, SatisfactionIndexDto, SatisfactionReportDto } from './survey-responses.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('survey')
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, PERIOD_INVALID, IKM_WEIGHT_MODE_INVALID' })
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND' })
@Controller('v1')
export class SatisfactionController {
  constructor(private readonly satisfaction: SatisfactionService) {}

  @Get('regions/:code/satisfaction')
  @PublicAccess('Units must publish their IKM (PermenPANRB 14/2017); the index is made of sums only, nothing about a respondent')
  @ApiOperation({
    summary: 'The IKM of a region, site, agency or service for any period: NRR per element, grade, weakest element, sample size',
    description:
      'Exact sums and counts are kept; IKM and NRR are rounded only for display. The weight mode is the deployment’s and is shown.',
  })
  @ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
  @ApiOkResponse({ type: SatisfactionIndexDto })
  index(@RegionParam() code: RegionCode, @Query() query: SatisfactionQuery): Promise<SatisfactionIndexDto> {
    return this.satisfaction.index(code, query);
  }

  @Get('regions/:code/satisfaction/report')
  @RestrictedAccess({ roles: ['agency_supervisor', 'region_admin', 'national_admin'], region: { in: 'param', name: 'code' } })
  @ApiOperation({
    summary: 'The period report a unit publishes: the index, respondents by profile and the suggestions, as JSON, CSV or XLSX',
    description: 'Agency supervisors get their own agency’s report. Suggestions are free text from citizens: staff only.',
  })
  @ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({ type: SatisfactionReportDto })
  async report(
    @RegionParam() code: RegionCode,
    @Query() query: SatisfactionReportQuery,
    @CurrentActingRequest() meta: ActingRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SatisfactionReportDto | string | Buffer> {
    const { format = 'json', ...scope } = query;
    const report = await this.satisfaction.report(code, scope, meta.principal);
    if (format === 'json') return report;
    const name = `ikm-${report.scope.regionCode}-${[report.scope.agencyCode, report.scope.serviceCode, report.period.label].filter(Boolean).join('-')}`;
    void reply.header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.${format}"`);
    if (format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      return reportCsv(report);
    }
    void reply.header('content-type', XLSX);
    return reportXlsx(report);
  }

  @Get('national/satisfaction')
  @RestrictedAccess({ roles: ['national_admin'] })
  @ApiOperation({
    summary: 'National roll-up for a period: each region’s IKM with its own weight mode, and the nation’s over all sums',
    description: 'Feeds the national dashboard. The national figure merges exact sums, never averages of rounded regional figures.',
  })
  @ApiOkResponse({ type: NationalSatisfactionDto })
  national(@Query() query: NationalSatisfactionQuery): Promise<NationalSatisfactionDto> {
    return this.satisfaction.national(query);
  }
}
