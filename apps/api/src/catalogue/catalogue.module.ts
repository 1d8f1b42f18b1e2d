import { CalendarOverridesRepository, CatalogueRepository, NationalCalendarRepository, RegionsRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';
import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';

@Module({
  controllers: [CatalogueController],
  providers: [
    CatalogueService,
    repositoryProvider(CatalogueRepository),
    repositoryProvider(RegionsRepository),
    repositoryProvider(NationalCalendarRepository),
    repositoryProvider(CalendarOverridesRepository),
  ],
})
export class CatalogueModule {}
