import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { NotFoundError, PageRequest, RegionCode } from '@mpp/domain';
import { type StaffNotificationRow, StaffNotificationsRepository } from '@mpp/persistence';
import { type ActingRequest, CurrentActingRequest, ErrorResponseDto, ParseIdPipe, RegionParam, RestrictedAccess } from '@mpp/platform';

import { type NotificationDetailsDto, NotificationDto, NotificationListQuery, NotificationPageDto } from './notifications.dto';

const REGION = { in: 'param' as const, name: 'code' };
const DESK = ['region_admin', 'national_admin'] as const;

/**
 * The region admins' inbox in the console. No email or SMS server exists for staff: what must
 * reach the region admin (a complaint past its deadline) is written here, in the transaction of
 * the change, and sent to integrators as a webhook event.
 */
@ApiTags('notifications')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@Controller('v1/regions/:code/notifications')
export class NotificationsController {
  constructor(private readonly notifications: StaffNotificationsRepository) {}

  @Get()
  @RestrictedAccess({ roles: DESK, region: REGION })
  @ApiOperation({ summary: 'The region admins’ notifications, newest first (unread=true: only unread ones)' })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@RegionParam() code: RegionCode, @Query() query: NotificationListQuery): Promise<NotificationPageDto> {
    const page = PageRequest.of(query.page, query.pageSize);
    const result = await this.notifications.list(code.value, 'region_admin', {
      unreadOnly: query.unread === true,
      offset: page.offset,
      limit: page.pageSize,
    });
    return {
      items: result.items.map(notificationDto),
      page: page.page,
      pageSize: page.pageSize,
      total: result.total,
      totalPages: Math.ceil(result.total / page.pageSize),
      unread: result.unread,
    };
  }

  @Post(':id/read')
  @HttpCode(200)
  @RestrictedAccess({ roles: DESK, region: REGION })
  @ApiOperation({ summary: 'Mark a notification read (for every region admin; the first reader is kept)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'NOTIFICATION_NOT_FOUND' })
  async read(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<NotificationDto> {
    const by = meta.principal.kind === 'staff' ? meta.principal.accountId : meta.principal.keyId;
    const row = await this.notifications.markRead(code.value, id, by, new Date());
    if (!row) throw new NotFoundError('NOTIFICATION_NOT_FOUND', 'this region has no notification with this id', 'id');
    return notificationDto(row);
  }
}

function notificationDto(row: StaffNotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    // Written by the repositories that raise notifications, in this shape (see NotificationDetailsDto).
    details: row.payload as NotificationDetailsDto,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
