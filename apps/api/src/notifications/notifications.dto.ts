import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

import { PageOf, PageQuery } from '@mpp/platform';

export class NotificationListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only those nobody has read yet' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ enum: ['complaint.escalated'], description: 'What happened; the console words it' }) kind!: string;
  @ApiProperty({ enum: ['complaint'], maxLength: 20 }) subjectType!: string;
  @ApiProperty({ format: 'uuid', maxLength: 36, description: 'The complaint: GET …/complaints/{id}' }) subjectId!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: false,
    description: 'Codes and dates only (trackingCode, agencyCode, status, escalatedFor, firstResponseDue, resolutionDue): never a reporter',
    example: { trackingCode: '7KQ2M-9XW4T', agencyCode: 'disdukcapil', status: 'assigned', escalatedFor: 'first_response' },
  })
  details!: Record<string, unknown>;
  @ApiProperty({ example: '2026-12-09T01:00:00.000Z', maxLength: 30 }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 30 }) readAt!: string | null;
}

export class NotificationPageDto extends PageOf(NotificationDto) {
  @ApiProperty({ example: 2, description: 'Unread in the inbox, whatever the filter' }) unread!: number;
}
