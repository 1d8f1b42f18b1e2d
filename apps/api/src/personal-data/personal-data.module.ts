import { Module } from '@nestjs/common';

import { SealedValuesRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { SealedValuesResealer } from './sealed-values-resealer.service';

/** Keeps sealed personal data (and webhook secrets) under the current key and bound to their rows. */
@Module({
  providers: [repositoryProvider(SealedValuesRepository), SealedValuesResealer],
})
export class PersonalDataModule {}
