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

/** What a notification is about: codes and dates, never a reporter. Fields by kind; `complaint.escalated` has them all. */
export class NotificationDetailsDto {
  @ApiPropertyOptional({ example: '7KQ2M-9XW4T', maxLength: 11 }) trackingCode?: string;
  @ApiPropertyOptional({ example: 'disdukcapil', maxLength: 40 }) agencyCode?: string;
  @ApiPropertyOptional({ example: 'assigned', maxLength: 20, description: 'The complaint’s status when it was raised' }) status?: string;
  @ApiPropertyOptional({ enum: ['first_response', 'resolution'], description: 'The deadline missed' }) escalatedFor?: string;
  @ApiPropertyOptional({ example: '2026-12-08', maxLength: 10 }) firstResponseDue?: string;
  @ApiPropertyOptional({ example: '2026-12-21', maxLength: 10 }) resolutionDue?: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ enum: ['complaint.escalated'], description: 'What happened; the console words it' }) kind!: string;
  @ApiProperty({ enum: ['complaint'], maxLength: 20 }) subjectType!: string;
  @ApiProperty({ format: 'uuid', maxLength: 36, description: 'The complaint: GET …/complaints/{id}' }) subjectId!: string;
  @ApiProperty({ type: NotificationDetailsDto }) details!: NotificationDetailsDto;
  @ApiProperty({ example: '2026-12-09T01:00:00.000Z', maxLength: 30 }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 30 }) readAt!: string | null;
}

export class NotificationPageDto extends PageOf(NotificationDto) {
  @ApiProperty({ example: 2, description: 'Unread in the inbox, whatever the filter' }) unread!: number;
}
