import { CreateRegions1764057600000 } from './1764057600000-create-regions';
import { CreateAccess1764144000000 } from './1764144000000-create-access';
import { CreateDeployments1764230400000 } from './1764230400000-create-deployments';
import { CreateQueue1764316800000 } from './1764316800000-create-queue';
import { CreateOssBusinesses1764403200000 } from './1764403200000-create-oss-businesses';
import { CreateDevicePairings1764495120000 } from './1764495120000-create-device-pairings';
import { AddSessionVersion1764597600000 } from './1764597600000-add-session-version';
import { AddNationalCalendarYears1796121900000 } from './1796121900000-add-national-calendar-years';
import { LinkTemplatesAndKeepStandards1796122800000 } from './1796122800000-link-templates-and-keep-standards';
import { CreateApplications1796133724000 } from './1796133724000-create-applications';
import { ApiKeyAgency1796138445000 } from './1796138445000-api-key-agency';
import { CreateSurvey1796140800000 } from './1796140800000-create-survey';
import { CreateComplaints1796141700000 } from './1796141700000-create-complaints';
import { CreateWebhooks1796200000000 } from './1796200000000-create-webhooks';
import { SearchWordFormsAndTypos1797200000000 } from './1797200000000-search-word-forms-and-typos';
import { StaffMustChangePassword1797400000000 } from './1797400000000-staff-must-change-password';
import { TicketIntegratorChannel1797500000000 } from './1797500000000-ticket-integrator-channel';
import { SearchNameWords1797600000000 } from './1797600000000-search-name-words';
import { TicketRegionDayIndex1797610000000 } from './1797610000000-ticket-region-day-index';
import { ComplaintAttachmentsSyncAndNotifications1797615000000 } from './1797615000000-complaint-attachments-sync-and-notifications';
import { LicenceReportsAndOutboxPruning1797650000000 } from './1797650000000-licence-reports-and-outbox-pruning';
import { NationalRollups1797660000000 } from './1797660000000-national-rollups';
import { LineWaitingCount1797670000000 } from './1797670000000-line-waiting-count';
import { NationalActiveCounts1797720000000 } from './1797720000000-national-active-counts';

/** Every migration, oldest first. Listed by hand so a bundled build carries them all. */
export const MIGRATIONS = [
  CreateRegions1764057600000,
  CreateAccess1764144000000,
  CreateDeployments1764230400000,
  CreateQueue1764316800000,
  CreateOssBusinesses1764403200000,
  CreateDevicePairings1764495120000,
  AddSessionVersion1764597600000,
  AddNationalCalendarYears1796121900000,
  LinkTemplatesAndKeepStandards1796122800000,
  CreateApplications1796133724000,
  ApiKeyAgency1796138445000,
  CreateSurvey1796140800000,
  CreateComplaints1796141700000,
  CreateWebhooks1796200000000,
  SearchWordFormsAndTypos1797200000000,
  StaffMustChangePassword1797400000000,
  TicketIntegratorChannel1797500000000,
  SearchNameWords1797600000000,
  TicketRegionDayIndex1797610000000,
  ComplaintAttachmentsSyncAndNotifications1797615000000,
  LicenceReportsAndOutboxPruning1797650000000,
  NationalRollups1797660000000,
  LineWaitingCount1797670000000,
  NationalActiveCounts1797720000000,
];
