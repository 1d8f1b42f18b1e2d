import { CatalogueRepository, RegionsRepository } from '@mpp/persistence';
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
  ],
})
export class CatalogueModule {}
