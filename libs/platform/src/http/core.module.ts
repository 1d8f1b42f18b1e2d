import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { dataSourceOptions } from '@mpp/persistence';

import { AccessModule } from '../access/access.module';
import { APP_CONFIG, type RuntimeContext } from '../config/runtime-context';
import { LinkSigner } from '../crypto/link-signer';
import { NikCipher, resolvePersonalDataKeys } from '../crypto/nik-cipher';
import { databaseSettings } from '../database/database-settings';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { createValidationPipe } from '../errors/validation';
import { HealthModule } from '../health/health.module';

/** What both apps share: config, database, health, validation and the error filter. */
@Module({})
export class CoreModule {
  static forRoot(context: RuntimeContext): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseSettings(context))), AccessModule.forRoot(context), HealthModule],
      providers: [
        { provide: APP_CONFIG, useValue: context.config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: NikCipher, useFactory: () => new NikCipher(resolvePersonalDataKeys(context.config)) },
        { provide: LinkSigner, useFactory: () => new LinkSigner(context.authSecret) },
      ],
      exports: [APP_CONFIG, NikCipher, LinkSigner],
    };
  }
}
