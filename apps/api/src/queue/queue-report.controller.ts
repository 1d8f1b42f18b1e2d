import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { RegionCode } from '@mpp/domain';
import {
  AcceptLanguage,
  type ActingRequest,
  CurrentActingRequest,
  ErrorResponseDto,
  preferredLanguage,
  RegionParam,
  RestrictedAccess,
} from '@mpp/platform';

import { QueueReportDto, QueueReportQuery } from './queue-report.dto';
import { QueueReportService } from './queue-report.service';
import { queueReportCsv, queueReportXlsx } from './queue-report-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('queue')
@Controller('v1/regions/:code/queue/report')
export class QueueReportController {
  constructor(private readonly reports: QueueReportService) {}

  @Get()
  @RestrictedAccess({ roles: ['national_admin', 'region_admin', 'agency_supervisor'], region: { in: 'param', name: 'code' } })
  @ApiOperation({
    summary:
      'A day’s or a range’s queue report: tickets, served, no-shows, mean and p90 waits and service times, by day, hour, site, agency, service and counter',
    description:
      'Read from the tickets themselves, so every breakdown adds up to the tickets; at most 92 days. As JSON, CSV or XLSX (`format`), ' +
      'the files’ headings in the language of Accept-Language. A supervisor gets their own agency.',
  })
  @ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({ type: QueueReportDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, PERIOD_INVALID' })
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: 'DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, COUNTER_NOT_FOUND',
  })
  async read(
    @RegionParam() code: RegionCode,
    @Query() query: QueueReportQuery,
    @CurrentActingRequest() meta: ActingRequest,
    @AcceptLanguage() acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<QueueReportDto | string | Buffer> {
    const { format = 'json', ...scope } = query;
    const report = await this.reports.report(code, scope, meta.principal);
    if (format === 'json') return report;
    const { regionCode, siteCode, agencyCode, serviceCode, counterCode } = report.scope;
    const name = ['antrean', regionCode, siteCode, agencyCode, serviceCode, counterCode, report.period.from, report.period.to]
      .filter(Boolean)
      .join('-');
    void reply.header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.${format}"`);
    const language = preferredLanguage(acceptLanguage);
    if (format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      return queueReportCsv(report, language);
    }
    void reply.header('content-type', XLSX);
    return queueReportXlsx(report, language);
  }
}
