import { type HttpEndpoint, postJson } from '../http/json-client';
import { type DukcapilCredentials, dukcapilVerifyPath, fromDukcapilVerifyAnswer, toDukcapilVerifyBody } from './dukcapil.mapping';
import type { CallOptions, PersonVerification, PersonVerificationRequest, PopulationRegistry } from './population-registry.port';

export interface DukcapilHttpSettings {
  endpoint: HttpEndpoint;
  /** The consumer segment of the path, issued with the access agreement (PKS). */
  consumer: string;
  credentials: DukcapilCredentials;
}

/** Dukcapil's data-access service over HTTP, reached over the region's VPN or through SPLP. */
export class DukcapilHttpAdapter implements PopulationRegistry {
  constructor(private readonly settings: DukcapilHttpSettings) {}

  async verifyPerson(request: PersonVerificationRequest, options: CallOptions = {}): Promise<PersonVerification> {
    const answer = await postJson(
      this.settings.endpoint,
      dukcapilVerifyPath(this.settings.consumer),
      toDukcapilVerifyBody(request, this.settings.credentials),
      { signal: options.signal },
    );
    return fromDukcapilVerifyAnswer(answer.status, answer.body, request);
  }
}
