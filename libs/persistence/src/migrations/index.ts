import { CreateRegions1764057600000 } from './1764057600000-create-regions';
import { CreateAccess1764144000000 } from './1764144000000-create-access';
import { CreateDeployments1764230400000 } from './1764230400000-create-deployments';
import { CreateQueue1764316800000 } from './1764316800000-create-queue';
import { CreateOssBusinesses1764403200000 } from './1764403200000-create-oss-businesses';
import { CreateApplications1796133724000 } from './1796133724000-create-applications';
import { ApiKeyAgency1796138445000 } from './1796138445000-api-key-agency';

/** Every migration, oldest first. Listed by hand so a bundled build carries them all. */
export const MIGRATIONS = [
  CreateRegions1764057600000,
  CreateAccess1764144000000,
  CreateDeployments1764230400000,
  CreateQueue1764316800000,
  CreateOssBusinesses1764403200000,
  CreateApplications1796133724000,
  ApiKeyAgency1796138445000,
];
