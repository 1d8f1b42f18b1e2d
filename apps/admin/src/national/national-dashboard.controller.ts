import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { ErrorResponseDto, RestrictedAccess } from '@mpp/platform';

import {
  NationalExportQuery,
  NationalPeriodQuery,
  NationalProgressDto,
  NationalRegionsDto,
  NationalRegionsQuery,
  NationalSitesDto,
} from './national-dashboard.dto';
import { NationalDashboardService } from './national-dashboard.service';
import { nationalCsv, nationalXlsx } from './national-export';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The ministry reads; only national admins change anything, and no route here changes anything. */
const NATIONAL_READERS = { roles: ['national_admin', 'national_viewer'] } as const;

@ApiTags('national')
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, PERIOD_INVALID' })
@Controller('admin/api/v1/national')
export class NationalDashboardController {
  constructor(private readonly dashboard: NationalDashboardService) {}

  @Get('regions')
  @RestrictedAccess(NATIONAL_READERS)
  @ApiOperation({
    summary: 'Every kabupaten/kota with its rollout stage, what it has deployed and its figures for a period of months',
    description: 'Figures come from the daily roll-ups (never from tickets); IKM with each region’s own weight mode.',
  })
  @ApiOkResponse({ type: NationalRegionsDto })
  regions(@Query() query: NationalRegionsQuery): Promise<NationalRegionsDto> {
    return this.dashboard.regionsFor(query);
  }

  @Get('regions/export')
  @RestrictedAccess(NATIONAL_READERS)
  @ApiOperation({ summary: 'The same table as CSV or XLSX, with a total row that reconciles with the regions above it' })
  @ApiProduces('text/csv', XLSX)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary', maxLength: 10_000_000 } })
  async export(@Query() query: NationalExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | Buffer> {
    const { format, ...filters } = query;
    const report = await this.dashboard.regionsFor(filters);
    const name = ['mpp-nasional', report.period.from, report.period.to, filters.province, filters.stage].filter(Boolean).join('-');
    void reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
    if (format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      return nationalCsv(report);
    }
    void reply.header('content-type', XLSX);
    return nationalXlsx(report);
  }

  @Get('progress')
  @RestrictedAccess(NATIONAL_READERS)
  @ApiOperation({ summary: 'How many regions stood at each rollout stage at the end of each month' })
  @ApiOkResponse({ type: NationalProgressDto })
  progress(@Query() query: NationalPeriodQuery): Promise<NationalProgressDto> {
    return this.dashboard.progress(query);
  }

  @Get('sites')
  @RestrictedAccess(NATIONAL_READERS)
  @ApiOperation({
    summary: 'Every active site with its location and its region’s stage, for the national map',
    description: 'A site without coordinates is placed at its region’s approximate location (`approximate: true`).',
  })
  @ApiOkResponse({ type: NationalSitesDto })
  sites(): Promise<NationalSitesDto> {
    return this.dashboard.sites();
  }
}
