import { Injectable } from '@nestjs/common';

import { APPLICATION_LICENCE_STATUS, RequestRefused } from '@mpp/integrations';
import { ApplicationsRepository } from '@mpp/persistence';

import { RegionPorts } from '../integrations/region-ports.service';
import type { LicenceStatusData } from './application-outbox.mapper';

export interface LicenceReportOutcome {
  /** `accepted` and `refused` are OSS's answers (kept on the application); `skipped`: nothing to send. */
  outcome: 'accepted' | 'refused' | 'skipped';
  message?: string;
}

/**
 * Reports an OSS licence's status through the region's `licensing` adapter
 * (`receiveLicenseStatus`), for the outbox's delivery worker, and keeps OSS's answer on the
 * application. A refusal of the report itself (unknown licence) is final; anything else
 * (OSS down, timeout, credentials) throws, and the worker retries with its backoff.
 */
@Injectable()
export class OssLicenceReporter {
  constructor(
    private readonly ports: RegionPorts,
    private readonly applications: ApplicationsRepository,
  ) {}

  async report(data: LicenceStatusData): Promise<LicenceReportOutcome> {
    const statusCode = APPLICATION_LICENCE_STATUS[data.status];
    if (!statusCode) return { outcome: 'skipped', message: `status ${data.status} is not reported to OSS` };
    // A retried report of an older status must not overwrite what OSS was told since.
    const current = await this.applications.find(data.regionCode, data.applicationId);
    if (current?.ossReport && current.ossReport.changedAt > data.changedAt)
      return { outcome: 'skipped', message: 'a later status was already reported' };
    const { port } = await this.ports.port('licensing', data.regionCode);
    let answer: LicenceReportOutcome = { outcome: 'accepted' };
    try {
      await port.reportLicenceStatus({
        nib: data.nib,
        licenceId: data.licenceId,
        statusCode,
        changedAt: new Date(data.changedAt),
        officerName: `MPP ${data.regionCode} ${data.agencyCode}`,
        note: data.note ?? undefined,
      });
    } catch (error) {
      if (!(error instanceof RequestRefused)) throw error;
      answer = { outcome: 'refused', message: error.message };
    }
    await this.applications.recordOssReport(data.regionCode, data.applicationId, {
      statusCode,
      status: data.status,
      changedAt: data.changedAt,
      outcome: answer.outcome === 'refused' ? 'refused' : 'accepted',
      message: answer.message ?? null,
      answeredAt: new Date().toISOString(),
    });
    return answer;
  }
}
