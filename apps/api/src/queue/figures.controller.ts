import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { ForbiddenError, RegionCode, serviceDateAt } from '@mpp/domain';
import { QueueFiguresRepository } from '@mpp/persistence';
import { CurrentRequest, ErrorResponseDto, RegionParam, type RequestMeta, RestrictedAccess } from '@mpp/platform';

import { FiguresQuery, QueueFiguresDto } from './queue-figures.dto';
import { readFigures } from './queue-figures.reader';
import { QueueLayout } from './queue-layout.service';

@ApiTags('queue')
@Controller('v1/regions/:code/queue/figures')
export class FiguresController {
  constructor(
    private readonly layout: QueueLayout,
    private readonly figures: QueueFiguresRepository,
  ) {}

  @Get()
  @RestrictedAccess({ roles: ['national_admin', 'region_admin', 'agency_supervisor'], region: { in: 'param', name: 'code' } })
  @ApiOperation({
    summary: 'The day’s queue figures per service, agency and counter: tickets, served, no-shows, mean and p90 waiting and service times',
    description: 'A supervisor sees their own agency only.',
  })
  @ApiParam({ name: 'code', example: '32.71' })
  @ApiOkResponse({ type: QueueFiguresDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DEPLOYMENT_NOT_FOUND' })
  async read(@RegionParam() code: RegionCode, @Query() query: FiguresQuery, @CurrentRequest() meta: RequestMeta): Promise<QueueFiguresDto> {
    const layout = await this.layout.region(code);
    const principal = meta.principal;
    let agencyCode = query.agencyCode;
    if (principal?.kind === 'staff' && principal.role === 'agency_supervisor') {
      if (agencyCode !== undefined && agencyCode !== principal.agencyCode)
        throw new ForbiddenError('OUT_OF_SCOPE', 'You see the figures of your own agency');
      agencyCode = principal.agencyCode;
    }
    return readFigures(this.figures, layout.regionCode, query.date ?? serviceDateAt(new Date(), layout.utcOffsetHours), agencyCode);
  }
}
