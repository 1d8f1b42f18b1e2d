import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { WEBHOOK_EVENTS } from '@mpp/domain';

const EVENTS = Object.keys(WEBHOOK_EVENTS);
const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'];

export class CreateWebhookSubscriptionDto {
  @ApiProperty({
    example: 'https://portal.kotabogor.go.id/hooks/mpp',
    description: 'In production: https, and not a loopback, private or link-local address (checked again at every connection)',
  })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({
    enum: EVENTS,
    isArray: true,
    example: ['application.status_changed'],
    description: 'application.* needs the key to hold applications:read; ticket.* needs queue:write',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENTS.length)
  @ArrayUnique()
  @IsIn(EVENTS, { each: true })
  events!: string[];
}

export class WebhookSubscriptionDto {
  @ApiProperty({ example: '5b8d2f0e-6c41-4a57-9e1b-3f2a7c9d0e14' }) id!: string;
  @ApiProperty({ example: 'https://portal.kotabogor.go.id/hooks/mpp' }) url!: string;
  @ApiProperty({ enum: EVENTS, isArray: true, example: ['application.status_changed'] }) events!: string[];
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) createdAt!: string;
}

export class CreatedWebhookSubscriptionDto extends WebhookSubscriptionDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Shown this once: verify `webhook-signature` with it (Standard Webhooks, HMAC-SHA256)',
  })
  secret!: string;
}

export class WebhookSubscriptionListDto {
  @ApiProperty({ type: [WebhookSubscriptionDto] }) items!: WebhookSubscriptionDto[];
}

export class WebhookDeliveryDto {
  @ApiProperty({
    example: '9a3e71c2-0b5d-4f28-8c6a-1d2e3f4a5b6c',
    description: 'Sent as `webhook-id`: the same on every retry; drop duplicates by it',
  })
  id!: string;
  @ApiProperty({ example: 'application.status_changed' }) eventType!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, example: 'failed' }) status!: string;
  @ApiProperty({ example: 9 }) attempts!: number;
  @ApiProperty({ type: String, example: null, nullable: true, description: 'When the next attempt is due (pending only)' }) nextAttemptAt!:
    | string
    | null;
  @ApiProperty({ type: Number, example: 503, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, example: 'ECONNREFUSED', nullable: true }) lastError!: string | null;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, example: null, nullable: true }) deliveredAt!: string | null;
}

export class WebhookDeliveryListDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items!: WebhookDeliveryDto[];
}

export class WebhookDeliveryQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, example: 'failed' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: string;
}

export class ReplayWebhookDeliveriesDto {
  @ApiPropertyOptional({
    example: '9a3e71c2-0b5d-4f28-8c6a-1d2e3f4a5b6c',
    description: 'One failed delivery; without it, every failed one',
  })
  @IsOptional()
  @IsUUID()
  deliveryId?: string;
}

export class ReplayResultDto {
  @ApiProperty({ example: 3, description: 'Failed deliveries made due again, with a fresh retry schedule' }) replayed!: number;
}
