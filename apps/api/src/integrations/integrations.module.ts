import { Module } from '@nestjs/common';

import { OssBusinessesRepository } from '@mpp/persistence';
import { repositoryProvider } from '@mpp/platform';

import { IntegrationLookups } from './integration-lookups.service';
import { INTEGRATION_PROVIDERS } from './integrations.providers';
import { LicensingController, OssCallbackController } from './licensing/licensing.controller';
import { LicensingService } from './licensing/licensing.service';
import { OssCallbackService } from './licensing/oss-callback.service';
import { IdentityController } from './population/identity.controller';
import { IdentityService } from './population/identity.service';
import { RegionPorts } from './region-ports.service';
import { VehicleTaxController } from './vehicle-tax/vehicle-tax.controller';
import { VehicleTaxService } from './vehicle-tax/vehicle-tax.service';

/** Counter officers and integrators check an applicant's data in Dukcapil, OSS RBA and Samsat; OSS calls back. */
@Module({
  controllers: [IdentityController, LicensingController, OssCallbackController, VehicleTaxController],
  providers: [
    ...INTEGRATION_PROVIDERS,
    repositoryProvider(OssBusinessesRepository),
    RegionPorts,
    IntegrationLookups,
    IdentityService,
    LicensingService,
    OssCallbackService,
    VehicleTaxService,
  ],
  exports: [RegionPorts],
})
export class IntegrationsModule {}
