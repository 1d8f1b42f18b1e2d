import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { pageOf, PageRequest, type Principal } from '@mpp/domain';
import { AuditLogRepository } from '@mpp/persistence';
import { CurrentPrincipal, regionScope, RestrictedAccess } from '@mpp/platform';

import { AuditEventPageDto, ListAuditEventsQuery } from './audit.dto';

@ApiTags('audit')
@Controller('admin/api/v1/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditLogRepository) {}

  @Get()
  @RestrictedAccess({ roles: ['national_admin', 'region_admin'], apiScope: 'audit:read', region: { in: 'query', name: 'region' } })
  @ApiOperation({ summary: 'The security trail, newest first: sign-ins, denials, role and key changes, every staff write' })
  @ApiOkResponse({ type: AuditEventPageDto })
  async list(@Query() query: ListAuditEventsQuery, @CurrentPrincipal() principal: Principal): Promise<AuditEventPageDto> {
    const filter = regionScope(principal, query.region);
    const page = PageRequest.of(query.page, query.pageSize);
    const { items, total } = await this.audit.findPage(
      { ...filter, action: query.action, actorId: query.actorId, ...dayRange(query.from, query.to) },
      page,
    );
    return pageOf(
      page,
      items.map((event) => ({ ...event, occurredAt: event.occurredAt.toISOString() })),
      total,
    );
  }
}

/**
 * Days as the ministry reads them, in Western Indonesian Time (UTC+7): a national trail has one
 * calendar, whichever region's zone an event happened in.
 */
function dayRange(from?: string, to?: string): { from?: Date; before?: Date } {
  const startOf = (day: string) => new Date(`${day}T00:00:00+07:00`);
  const range: { from?: Date; before?: Date } = {};
  if (from) range.from = startOf(from);
  if (to) range.before = new Date(startOf(to).getTime() + 86_400_000);
  return range;
}
