import { Module } from '@nestjs/common';

import { WebhooksRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { ApplicationsModule } from '../applications/applications.module';
import { WebhookRelay } from './webhook-relay.service';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

@Module({
  imports: [ApplicationsModule],
  controllers: [WebhookSubscriptionsController],
  providers: [repositoryProvider(WebhooksRepository), WebhookSubscriptionsService, WebhookRelay],
  exports: [WebhookRelay],
})
export class WebhooksModule {}
