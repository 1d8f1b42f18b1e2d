import {
  BookingsRepository,
  CountersRepository,
  DeploymentsRepository,
  DevicePairingsRepository,
  DevicesRepository,
  QueueFiguresRepository,
  TicketsRepository,
} from '@mpp/persistence';
import { CitizenNotifications, NoCitizenNotifications, RecordingCitizenNotifications } from '@mpp/integrations';
import { APP_CONFIG, type AppConfig, repositoryProvider } from '@mpp/platform';
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { AgencyDeskController } from './agency-desk.controller';
import { AgencyDeskService } from './agency-desk.service';
import { BoardController } from './board.controller';
import { DevicePairingController } from './device-pairing.controller';
import { DevicePairingService } from './device-pairing.service';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { CountersController } from './counters.controller';
import { CountersService } from './counters.service';
import { FiguresController } from './figures.controller';
import { IdempotencyKeyPruner } from './idempotency-key-pruner';
import { LineReader } from './line-reader';
import { LineWatcher } from './live/line-watcher';
import { LiveStreams } from './live/live-streams';
import { NearTurnNotices } from './live/near-turn-notices';
import { queueEventBusProvider } from './live/queue-event-bus.provider';
import { QueueLayout } from './queue-layout';
import { TicketsController } from './tickets.controller';
import { TicketsService } from './tickets.service';

@Module({
  imports: [CatalogueModule],
  controllers: [TicketsController, CountersController, BoardController, BookingsController, FiguresController, AgencyDeskController, DevicePairingController],
  providers: [
    repositoryProvider(TicketsRepository),
    repositoryProvider(CountersRepository),
    repositoryProvider(BookingsRepository),
    repositoryProvider(QueueFiguresRepository),
    repositoryProvider(DeploymentsRepository),
    queueEventBusProvider,
    // The simulator records messages for the demo and tests; production sends none until a provider adapter is configured.
    {
      provide: CitizenNotifications,
      useFactory: (config: AppConfig) => (config.env === 'production' ? new NoCitizenNotifications() : new RecordingCitizenNotifications()),
      inject: [APP_CONFIG],
    },
    QueueLayout,
    LineReader,
    LineWatcher,
    LiveStreams,
    TicketsService,
    CountersService,
    AgencyDeskService,
    DevicePairingService,
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
