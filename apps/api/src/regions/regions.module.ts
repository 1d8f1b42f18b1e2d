import { Module } from '@nestjs/common';

import { RegionsRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  controllers: [RegionsController],
  providers: [RegionsService, repositoryProvider(RegionsRepository)],
})
export class RegionsModule {}
