import { Module } from '@nestjs/common';

import {
  CalendarOverridesRepository,
  ComplaintForwardingRepository,
  ComplaintsRepository,
  DeploymentsRepository,
  NationalCalendarRepository,
} from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { WorkingCalendars } from '../applications/working-calendars';
import { IntegrationsModule } from '../integrations/integrations.module';
import { QueueModule } from '../queue/queue.module';
import { CitizenComplaintsController } from './citizen-complaints.controller';
import { ComplaintEscalator } from './complaint-escalator';
import { ComplaintsService } from './complaints.service';
import { LaporForwarder } from './lapor-forwarder';
import { StaffComplaintsController } from './staff-complaints.controller';

/** Complaints (pengaduan, PermenPANRB 62/2018): filing, the desk's and the agency's moves, deadlines and escalation. */
@Module({
  imports: [QueueModule, IntegrationsModule],
  controllers: [CitizenComplaintsController, StaffComplaintsController],
  providers: [
    repositoryProvider(ComplaintsRepository),
    repositoryProvider(ComplaintForwardingRepository),
    repositoryProvider(NationalCalendarRepository),
    repositoryProvider(CalendarOverridesRepository),
    repositoryProvider(DeploymentsRepository),
    WorkingCalendars,
    ComplaintsService,
    ComplaintEscalator,
    LaporForwarder,
  ],
})
export class ComplaintsModule {}
