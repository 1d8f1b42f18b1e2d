import type { PlateNumber } from '@mpp/domain';

import { type HttpEndpoint, postJson } from '../http/json-client';
import type { CallOptions } from '../population/population-registry.port';
import { fromSamsatJabarAnswer, SAMSAT_JABAR_KEY_HEADER, SAMSAT_JABAR_PATH, toSamsatJabarQuery } from './samsat-jabar.mapping';
import type { VehicleTax, VehicleTaxStatement } from './vehicle-tax.port';

export interface SamsatHttpSettings {
  endpoint: HttpEndpoint;
  apiKey: string;
}

/** Bapenda Jawa Barat's Samsat service: the first vehicle-tax adapter; other provinces add their own. */
export class SamsatJabarHttpAdapter implements VehicleTax {
  constructor(private readonly settings: SamsatHttpSettings) {}

  async findVehicle(plate: PlateNumber, options: CallOptions = {}): Promise<VehicleTaxStatement | undefined> {
    const answer = await postJson(this.settings.endpoint, SAMSAT_JABAR_PATH, toSamsatJabarQuery(plate), {
      headers: { [SAMSAT_JABAR_KEY_HEADER]: this.settings.apiKey },
      signal: options.signal,
    });
    return fromSamsatJabarAnswer(answer.status, answer.body, plate);
  }
}
