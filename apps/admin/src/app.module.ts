import { type DynamicModule, Module } from '@nestjs/common';

import {
  CalendarOverridesRepository,
  DeployedUnitsRepository,
  DeploymentRollout,
  DevicePairingsRepository,
  NationalCalendarRepository,
  NationalFiguresRepository,
  RegionsRepository,
  SurveyRepository,
} from '@mpp/persistence';
import { CoreModule, repositoryProvider, type RuntimeContext } from '@mpp/platform';

import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditController } from './audit/audit.controller';
import { CalendarOverridesController } from './calendar/calendar-overrides.controller';
import { CalendarOverridesService } from './calendar/calendar-overrides.service';
import { NationalCalendarController } from './calendar/national-calendar.controller';
import { NationalCalendarService } from './calendar/national-calendar.service';
import { DeploymentFilesController } from './deployments/deployment-files.controller';
import { DeploymentFilesService } from './deployments/deployment-files.service';
import { DeploymentsController } from './deployments/deployments.controller';
import { DeploymentsService } from './deployments/deployments.service';
import { DevicesController } from './devices/devices.controller';
import { DevicesService } from './devices/devices.service';
import { NationalDashboardController } from './national/national-dashboard.controller';
import { NationalDashboardService } from './national/national-dashboard.service';
import { StaffController } from './staff/staff.controller';
import { StaffService } from './staff/staff.service';
import { StaffDeploymentPolicy } from './staff/staff-deployment.policy';

/** Back office for the ministry and regional teams: staff, integrators' keys, the audit trail, deployments, kiosks and boards. */
@Module({})
export class AppModule {
  static forRoot(context: RuntimeContext): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(context)],
      controllers: [
        StaffController,
        ApiKeysController,
        AuditController,
        DeploymentsController,
        DeploymentFilesController,
        CalendarOverridesController,
        NationalCalendarController,
        DevicesController,
        NationalDashboardController,
      ],
      providers: [
        StaffService,
        StaffDeploymentPolicy,
        ApiKeysService,
        DeploymentsService,
        DeploymentFilesService,
        CalendarOverridesService,
        NationalCalendarService,
        DevicesService,
        NationalDashboardService,
        repositoryProvider(CalendarOverridesRepository),
        repositoryProvider(DevicePairingsRepository),
        repositoryProvider(NationalCalendarRepository),
        repositoryProvider(DeployedUnitsRepository),
        repositoryProvider(DeploymentRollout),
        repositoryProvider(RegionsRepository),
        repositoryProvider(NationalFiguresRepository),
        repositoryProvider(SurveyRepository),
      ],
    };
  }
}
