import { Module } from '@nestjs/common';

import { StaffNotificationsRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { NotificationsController } from './notifications.controller';

/** The region staff's inbox (escalated complaints); the rows are written by the features that raise them. */
@Module({
  controllers: [NotificationsController],
  providers: [repositoryProvider(StaffNotificationsRepository)],
})
export class NotificationsModule {}
