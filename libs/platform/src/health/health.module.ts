import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { NationalCalendarRepository } from '@mpp/persistence';

import { repositoryProvider } from '../database/repository-provider';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false, errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [repositoryProvider(NationalCalendarRepository)],
})
export class HealthModule {}
