import { Module } from '@nestjs/common';

import {
  CalendarOverridesRepository,
  ComplaintAttachmentsRepository,
  ComplaintForwardingRepository,
  ComplaintsRepository,
  DeploymentsRepository,
  NationalCalendarRepository,
} from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { WorkingCalendars } from '../applications/working-calendars';
import { DocumentStorageModule } from '../documents/document-storage.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { QueueModule } from '../queue/queue.module';
import { CitizenComplaintsController } from './citizen-complaints.controller';
import { ComplaintAttachmentsController } from './complaint-attachments.controller';
import { ComplaintAttachmentsService } from './complaint-attachments.service';
import { ComplaintEscalator } from './complaint-escalator';
import { ComplaintsService } from './complaints.service';
import { LaporForwarder } from './lapor-forwarder';
import { StaffComplaintsController } from './staff-complaints.controller';

/** Complaints (pengaduan, PermenPANRB 62/2018): filing, attachments, the desk's and the agency's moves, deadlines, escalation, LAPOR!. */
@Module({
  imports: [QueueModule, IntegrationsModule, DocumentStorageModule],
  controllers: [CitizenComplaintsController, StaffComplaintsController, ComplaintAttachmentsController],
  providers: [
    repositoryProvider(ComplaintsRepository),
    repositoryProvider(ComplaintForwardingRepository),
    repositoryProvider(ComplaintAttachmentsRepository),
    ComplaintAttachmentsService,
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
