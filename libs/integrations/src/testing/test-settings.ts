import type { IntegrationSettings } from '../registry/adapter.types';
import { DEFAULT_RESILIENCE, type ResilienceSettings } from '../resilience/call-policy';

/** Settings for tests: short limits so faults show within a second. */
export function testSettings(simulatorUrl: string, resilience: Partial<ResilienceSettings> = {}): IntegrationSettings {
  return {
    resilience: {
      ...DEFAULT_RESILIENCE,
      attemptTimeoutMs: 300,
      callTimeoutMs: 1_000,
      backoffMs: 20,
      breakerCooldownMs: 500,
      ...resilience,
    },
    simulatorUrl,
    splp: { keyHeader: 'APIkey' },
    dukcapil: { transport: 'direct', threshold: 90 },
    oss: { transport: 'direct' },
    samsat: { transport: 'direct' },
  };
}
