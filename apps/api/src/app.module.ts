import { type DynamicModule, Module } from '@nestjs/common';

import { CoreModule, type RuntimeContext } from '@mpp/platform';

import { ApplicationsModule } from './applications/applications.module';
import { AuthModule } from './auth/auth.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { QueueModule } from './queue/queue.module';
import { RegionsModule } from './regions/regions.module';
import { SurveyModule } from './survey/survey.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({})
export class AppModule {
  static forRoot(context: RuntimeContext): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(context),
        AuthModule,
        RegionsModule,
        CatalogueModule,
        QueueModule,
        IntegrationsModule,
        ApplicationsModule,
        SurveyModule,
        ComplaintsModule,
        NotificationsModule,
        WebhooksModule,
        PersonalDataModule,
      ],
    };
  }
}
