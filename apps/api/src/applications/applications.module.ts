import path from 'node:path';

import { Module } from '@nestjs/common';

import { DocumentStorage, FilesystemDocumentStorage, S3DocumentStorage } from '@mpp/integrations';
import {
  ApplicationDocumentsRepository,
  ApplicationsRepository,
  CalendarOverridesRepository,
  CountersRepository,
  NationalCalendarRepository,
  TicketsRepository,
} from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, repositoryProvider } from '@mpp/platform';

import { IntegrationsModule } from '../integrations/integrations.module';
import { QueueModule } from '../queue/queue.module';
import { ApplicationDocumentsController } from './application-documents.controller';
import { ApplicationDocumentsService } from './application-documents.service';
import { ApplicationReadsService } from './application-reads.service';
import { ApplicationsService } from './applications.service';
import { CitizenApplicationsController } from './citizen-applications.controller';
import { OssLicenceReporter } from './oss-licence-reporter.service';
import { StaffApplicationsController } from './staff-applications.controller';
import { WorkingCalendars } from './working-calendars';

@Module({
  imports: [QueueModule, IntegrationsModule],
  controllers: [CitizenApplicationsController, StaffApplicationsController, ApplicationDocumentsController],
  providers: [
    repositoryProvider(ApplicationsRepository),
    repositoryProvider(ApplicationDocumentsRepository),
    // The storage driver DOCUMENT_STORAGE names: the data folder by default, an S3-compatible bucket in production.
    {
      provide: DocumentStorage,
      useFactory: (config: AppConfig) =>
        config.documents.s3
          ? new S3DocumentStorage(config.documents.s3)
          : new FilesystemDocumentStorage(path.resolve(config.database.dataDir, 'documents')),
      inject: [APP_CONFIG],
    },
    ApplicationDocumentsService,
    repositoryProvider(TicketsRepository),
    repositoryProvider(CountersRepository),
    repositoryProvider(NationalCalendarRepository),
    repositoryProvider(CalendarOverridesRepository),
    WorkingCalendars,
    ApplicationsService,
    ApplicationReadsService,
    OssLicenceReporter,
  ],
  exports: [OssLicenceReporter],
})
export class ApplicationsModule {}
