import { Module } from '@nestjs/common';

import { CitizenNotifications, NoCitizenNotifications, RecordingCitizenNotifications } from '@mpp/integrations';
import {
  BookingsRepository,
  CountersRepository,
  DeploymentsRepository,
  DevicePairingsRepository,
  DevicesRepository,
  QueueFiguresRepository,
  QueueReportsRepository,
  TicketsRepository,
  Transactions,
} from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, repositoryProvider } from '@mpp/platform';

import { CalendarsModule } from '../calendars/calendars.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { AgencyDeskController } from './agency-desk.controller';
import { AgencyDeskService } from './agency-desk.service';
import { BoardController } from './board.controller';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { CounterAccessPolicy } from './counter-access.policy';
import { CounterAnnouncer } from './counter-announcer.service';
import { CountersController } from './counters.controller';
import { CountersService } from './counters.service';
import { DevicePairingController } from './device-pairing.controller';
import { DevicePairingService } from './device-pairing.service';
import { FiguresController } from './figures.controller';
import { IdempotencyKeyPruner } from './idempotency-key-pruner.service';
import { LineReader } from './line.reader';
import { LinePositions } from './live/line-positions.service';
import { LineWatcher } from './live/line-watcher.service';
import { LiveStreams } from './live/live-streams.service';
import { NearTurnNotices } from './live/near-turn-notices.service';
import { queueEventBusProvider } from './live/queue-event-bus.provider';
import { QueueLayout } from './queue-layout.service';
import { QueueReportController } from './queue-report.controller';
import { QueueReportService } from './queue-report.service';
import { TicketMoves } from './ticket-moves.service';
import { TicketPageReader } from './ticket-page.reader';
import { TicketsController } from './tickets.controller';
import { TicketsService } from './tickets.service';

@Module({
  // The catalogue lends the regions' reference data; the calendars say when each site and service is open.
  imports: [CatalogueModule, CalendarsModule],
  controllers: [
    TicketsController,
    CountersController,
    BoardController,
    BookingsController,
    FiguresController,
    QueueReportController,
    AgencyDeskController,
    DevicePairingController,
  ],
  providers: [
    repositoryProvider(TicketsRepository),
    repositoryProvider(CountersRepository),
    repositoryProvider(BookingsRepository),
    repositoryProvider(QueueFiguresRepository),
    repositoryProvider(QueueReportsRepository),
    repositoryProvider(DeploymentsRepository),
    repositoryProvider(Transactions),
    queueEventBusProvider,
    // The simulator records messages for the demo and tests; production sends none until a provider adapter is configured.
    {
      provide: CitizenNotifications,
      useFactory: (config: AppConfig) => (config.env === 'production' ? new NoCitizenNotifications() : new RecordingCitizenNotifications()),
      inject: [APP_CONFIG],
    },
    QueueLayout,
    LineReader,
    TicketPageReader,
    TicketMoves,
    LineWatcher,
    LinePositions,
    LiveStreams,
    TicketsService,
    CountersService,
    CounterAccessPolicy,
    CounterAnnouncer,
    AgencyDeskService,
    DevicePairingService,
    QueueReportService,
    repositoryProvider(DevicePairingsRepository),
    repositoryProvider(DevicesRepository),
    BookingsService,
    NearTurnNotices,
    IdempotencyKeyPruner,
  ],
  // Applications read the same region layout (services, sites, time zone) the queue keeps.
  exports: [QueueLayout],
})
export class QueueModule {}
