import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';

import type { ApiKeyPrincipal } from '@mpp/domain';
import { CurrentRequest, ErrorResponseDto, ParseIdPipe, type RequestMeta, RestrictedAccess } from '@mpp/platform';

import { WebhookSubscriptionsService } from './webhook-subscriptions.service';
import {
  CreatedWebhookSubscriptionDto,
  CreateWebhookSubscriptionDto,
  ReplayResultDto,
  ReplayWebhookDeliveriesDto,
  WebhookDeliveryListDto,
  WebhookDeliveryQuery,
  WebhookSubscriptionListDto,
} from './webhooks.dto';

/** Integrators only (API keys with webhooks:manage): a subscription belongs to the key that made it. */
const MANAGERS = { roles: [], apiScope: 'webhooks:manage' } as const;
const ID = { name: 'id', example: '5b8d2f0e-6c41-4a57-9e1b-3f2a7c9d0e14' };

@ApiTags('webhooks')
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'WEBHOOK_SUBSCRIPTION_NOT_FOUND (also for another key’s subscription)' })
@Controller('v1/webhooks/subscriptions')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  @Post()
  @RestrictedAccess(MANAGERS)
  @ApiOperation({
    summary: 'Subscribe a URL to events; the signing secret (whsec_…) is answered this once',
    description:
      'Deliveries are POSTed at least once, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`), ' +
      'retried with exponential backoff for about a day, then kept as failed and replayable. Drop duplicates by `webhook-id`. ' +
      'Payloads carry ids, codes and status, never the applicant’s NIK, name or phone.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'WEBHOOK_URL_REFUSED, VALIDATION_FAILED' })
  create(@Body() body: CreateWebhookSubscriptionDto, @CurrentRequest() meta: RequestMeta): Promise<CreatedWebhookSubscriptionDto> {
    return this.subscriptions.create(meta.principal as ApiKeyPrincipal, body);
  }

  @Get()
  @RestrictedAccess(MANAGERS)
  @ApiOperation({ summary: 'This key’s subscriptions (never their secrets)' })
  @ApiOkResponse({ type: WebhookSubscriptionListDto })
  async list(@CurrentRequest() meta: RequestMeta): Promise<WebhookSubscriptionListDto> {
    return { items: await this.subscriptions.list(meta.principal as ApiKeyPrincipal) };
  }

  @Delete(':id')
  @HttpCode(204)
  @RestrictedAccess(MANAGERS)
  @ApiOperation({ summary: 'Stop a subscription; its delivery log goes with it' })
  @ApiParam(ID)
  @ApiNoContentResponse()
  async remove(@Param('id', ParseIdPipe) id: string, @CurrentRequest() meta: RequestMeta): Promise<void> {
    await this.subscriptions.delete(meta.principal as ApiKeyPrincipal, id);
  }

  @Get(':id/deliveries')
  @RestrictedAccess(MANAGERS)
  @ApiOperation({ summary: 'The delivery log: the latest 100 deliveries, newest first, with attempts and the last answer' })
  @ApiParam(ID)
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  async deliveries(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: WebhookDeliveryQuery,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<WebhookDeliveryListDto> {
    return { items: await this.subscriptions.deliveries(meta.principal as ApiKeyPrincipal, id, query.status) };
  }

  @Post(':id/replays')
  @HttpCode(200)
  @RestrictedAccess(MANAGERS)
  @ApiOperation({ summary: 'Send failed deliveries again (one, or all of them), with a fresh retry schedule and the same webhook-id' })
  @ApiParam(ID)
  @ApiOkResponse({ type: ReplayResultDto })
  async replay(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReplayWebhookDeliveriesDto,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ReplayResultDto> {
    return { replayed: await this.subscriptions.replay(meta.principal as ApiKeyPrincipal, id, body.deliveryId) };
  }
}
