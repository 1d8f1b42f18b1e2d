import { CalendarOverridesRepository, CatalogueRepository, NationalCalendarRepository, RegionsRepository } from '@mpp/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';

@Module({
  controllers: [CatalogueController],
  providers: [
    CatalogueService,
    { provide: CatalogueRepository, useFactory: (dataSource: DataSource) => new CatalogueRepository(dataSource), inject: [DataSource] },
    { provide: RegionsRepository, useFactory: (dataSource: DataSource) => new RegionsRepository(dataSource), inject: [DataSource] },
    {
      provide: NationalCalendarRepository,
      useFactory: (dataSource: DataSource) => new NationalCalendarRepository(dataSource),
      inject: [DataSource],
    },
    {
      provide: CalendarOverridesRepository,
      useFactory: (dataSource: DataSource) => new CalendarOverridesRepository(dataSource),
      inject: [DataSource],
    },
  ],
})
export class CatalogueModule {}
