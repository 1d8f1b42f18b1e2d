import { RegionsRepository } from '@mpp/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  controllers: [RegionsController],
  providers: [
    RegionsService,
    { provide: RegionsRepository, useFactory: (dataSource: DataSource) => new RegionsRepository(dataSource), inject: [DataSource] },
  ],
})
export class RegionsModule {}
