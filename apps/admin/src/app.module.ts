import { CoreModule, type RuntimeContext } from '@mpp/platform';
import { type DynamicModule, Module } from '@nestjs/common';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditController } from './audit/audit.controller';
import { StaffController } from './staff/staff.controller';
import { StaffService } from './staff/staff.service';

/** Back office for the ministry and regional teams: staff accounts, integrators' keys, the audit trail. */
@Module({})
export class AppModule {
  static forRoot(context: RuntimeContext): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(context)],
      controllers: [StaffController, ApiKeysController, AuditController],
      providers: [StaffService, ApiKeysService],
    };
  }
}
