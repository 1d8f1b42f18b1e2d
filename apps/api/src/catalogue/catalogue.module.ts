import { CalendarOverridesRepository, CatalogueRepository, NationalCalendarRepository, RegionsRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';
import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { OpeningCalendars } from './opening-calendars';

@Module({
  controllers: [CatalogueController],
  providers: [
    CatalogueService,
    OpeningCalendars,
    repositoryProvider(CatalogueRepository),
    repositoryProvider(RegionsRepository),
    repositoryProvider(NationalCalendarRepository),
    repositoryProvider(CalendarOverridesRepository),
  ],
  exports: [OpeningCalendars, RegionsRepository, CatalogueRepository],
})
export class CatalogueModule {}
