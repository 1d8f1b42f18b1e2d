import { Module } from '@nestjs/common';

import { CatalogueRepository, RegionsRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { CalendarsModule } from '../calendars/calendars.module';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';

@Module({
  imports: [CalendarsModule],
  controllers: [CatalogueController],
  providers: [CatalogueService, repositoryProvider(CatalogueRepository), repositoryProvider(RegionsRepository)],
  exports: [RegionsRepository, CatalogueRepository],
})
export class CatalogueModule {}
