import { Module } from '@nestjs/common';

import { ApplicationsRepository, DeploymentsRepository, SurveyRepository, TicketsRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { QueueModule } from '../queue/queue.module';
import { SatisfactionController } from './satisfaction.controller';
import { SatisfactionService } from './satisfaction.service';
import { SurveyController } from './survey.controller';
import { SurveyResponsesService } from './survey-responses.service';

/** The satisfaction survey (SKM) and its index (IKM), PermenPANRB 14/2017. */
@Module({
  imports: [QueueModule],
  controllers: [SurveyController, SatisfactionController],
  providers: [
    repositoryProvider(SurveyRepository),
    repositoryProvider(DeploymentsRepository),
    repositoryProvider(TicketsRepository),
    repositoryProvider(ApplicationsRepository),
    SurveyResponsesService,
    SatisfactionService,
  ],
})
export class SurveyModule {}
