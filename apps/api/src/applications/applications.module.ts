import { Module } from '@nestjs/common';

import {
  ApplicationDocumentsRepository,
  ApplicationsRepository,
  CalendarOverridesRepository,
  CountersRepository,
  NationalCalendarRepository,
  TicketsRepository,
} from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { DocumentStorageModule } from '../documents/document-storage.module';
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
  imports: [QueueModule, IntegrationsModule, DocumentStorageModule],
  controllers: [CitizenApplicationsController, StaffApplicationsController, ApplicationDocumentsController],
  providers: [
    repositoryProvider(ApplicationsRepository),
    repositoryProvider(ApplicationDocumentsRepository),
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
