import type { Nib } from '@mpp/domain';

import { type HttpEndpoint, postJson } from '../http/json-client';
import type { CallOptions } from '../population/population-registry.port';
import type { Business, BusinessLicensing, LicenceStatusReport } from './business-licensing.port';
import {
  fromInqueryNibAnswer,
  fromReceiveLicenseStatusAnswer,
  OSS_BASE_PATH,
  toInqueryNibBody,
  toReceiveLicenseStatusBody,
} from './oss.mapping';

export interface OssHttpSettings {
  /** `https://api-prd.oss.go.id` (production) or `https://api-stg.oss.go.id/stg` (staging), or its SPLP path. */
  endpoint: HttpEndpoint;
  /** The `user_key` OSS issued to the region. */
  userKey: string;
}

/** OSS RBA's host-to-host API. */
export class OssHttpAdapter implements BusinessLicensing {
  constructor(private readonly settings: OssHttpSettings) {}

  async findBusiness(nib: Nib, options: CallOptions = {}): Promise<Business | undefined> {
    const answer = await this.call('inqueryNIB', toInqueryNibBody(nib.value), options);
    return fromInqueryNibAnswer(answer.status, answer.body);
  }

  async reportLicenceStatus(report: LicenceStatusReport, options: CallOptions = {}): Promise<void> {
    const answer = await this.call('receiveLicenseStatus', toReceiveLicenseStatusBody(report), options);
    fromReceiveLicenseStatusAnswer(answer.status, answer.body);
  }

  private call(method: string, body: unknown, options: CallOptions) {
    return postJson(this.settings.endpoint, `${OSS_BASE_PATH}/${method}`, body, {
      headers: { user_key: this.settings.userKey },
      signal: options.signal,
    });
  }
}
