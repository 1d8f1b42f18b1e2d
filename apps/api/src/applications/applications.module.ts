import {
  ApplicationsRepository,
  CalendarOverridesRepository,
  CountersRepository,
  NationalCalendarRepository,
  TicketsRepository,
} from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';
import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { ApplicationReadsService } from './application-reads.service';
import { ApplicationsService } from './applications.service';
import { CitizenApplicationsController } from './citizen-applications.controller';
import { StaffApplicationsController } from './staff-applications.controller';
import { WorkingCalendars } from './working-calendars';

@Module({
  imports: [QueueModule],
  controllers: [CitizenApplicationsController, StaffApplicationsController],
  providers: [
    repositoryProvider(ApplicationsRepository),
    repositoryProvider(TicketsRepository),
    repositoryProvider(CountersRepository),
    repositoryProvider(NationalCalendarRepository),
    repositoryProvider(CalendarOverridesRepository),
    WorkingCalendars,
    ApplicationsService,
    ApplicationReadsService,
  ],
})
export class ApplicationsModule {}
