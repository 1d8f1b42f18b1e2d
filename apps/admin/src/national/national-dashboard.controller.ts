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
  async regions(@Query() query: NationalRegionsQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return json(reply, await this.dashboard.regionsFor(query));
  }

  @Get('regions/export')
  @RestrictedAccess(NATIONAL_READERS)
  @ApiOperation({ summary: 'The same table as CSV or XLSX, with a total row that reconciles with the regions above it' })
  @ApiProduces('text/csv', XLSX)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary', maxLength: 10_000_000 } })
  async export(@Query() query: NationalExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { format, ...filters } = query;
    const { report, body } = await this.dashboard.exportFor(filters, format);
    const name = ['mpp-nasional', report.period.from, report.period.to, filters.province, filters.stage].filter(Boolean).join('-');
    void reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
    if (format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
    } else {
      void reply.header('content-type', XLSX);
    }
    return body;
  }

  @Get('progress')
  @RestrictedAccess(NATIONAL_READERS)
  @ApiOperation({ summary: 'How many regions stood at each rollout stage at the end of each month' })
  @ApiOkResponse({ type: NationalProgressDto })
  async progress(@Query() query: NationalPeriodQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return json(reply, await this.dashboard.progress(query));
  }

  @Get('sites')
  @RestrictedAccess(NATIONAL_READERS)
  @ApiOperation({
    summary: 'Every active site with its location and its region’s stage, for the national map',
    description: 'A site without coordinates is placed at its region’s approximate location (`approximate: true`).',
  })
  @ApiOkResponse({ type: NationalSitesDto })
  async sites(@Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return json(reply, await this.dashboard.sites());
  }
}

const written = new WeakMap<object, Buffer>();

/**
 * An answer's JSON as UTF-8 bytes, written once per answer: the service hands out the same object
 * until its snapshot is refreshed (ADR 0078), and the table for twelve months is 190 kB, whose
 * serialising and encoding were most of a request's time.
 */
function json(reply: FastifyReply, body: NationalRegionsDto | NationalProgressDto | NationalSitesDto): Buffer {
  let bytes = written.get(body);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(body));
    written.set(body, bytes);
  }
  void reply.header('content-type', 'application/json; charset=utf-8');
  return bytes;
}
