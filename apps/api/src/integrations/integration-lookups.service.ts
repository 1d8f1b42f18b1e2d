import { Injectable, Logger } from '@nestjs/common';

import type { Principal } from '@mpp/domain';
import { IntegrationError, type IntegrationSystem, type Ports } from '@mpp/integrations';
import { AuditLog } from '@mpp/platform';

import { integrationFailure } from './integration-failure';
import { RegionPorts } from './region-ports.service';

export interface LookupAuditEntry {
  /** `integration.population.verify`, ... */
  action: string;
  principal: Principal;
  regionCode: string;
  requestId: string;
  purpose: string;
  /** What was looked up, already masked where it is personal: `nik` `3271********0001`. */
  record: { type: string; id: string };
}

/**
 * Runs one lookup in an external register for a region and audits it, whatever happens
 * (UU 27/2022: purpose-bound processing, accountable to the officer): who, which region, which
 * purpose, which record (masked), the adapter, and the answer's class — `match`, `no-match`,
 * `found`, `not-found` or `error:<failure>` — never the data itself. A lookup whose audit
 * record cannot be written is not answered.
 */
@Injectable()
export class IntegrationLookups {
  private readonly logger = new Logger('IntegrationLookups');

  constructor(
    private readonly ports: RegionPorts,
    private readonly audit: AuditLog,
  ) {}

  async run<S extends IntegrationSystem, T>(
    system: S,
    entry: LookupAuditEntry,
    call: (port: Ports[S]) => Promise<T>,
    classify: (result: T) => string,
  ): Promise<{ result: T; adapter: string }> {
    let adapter: string | undefined;
    let result: T;
    try {
      const resolved = await this.ports.port(system, entry.regionCode);
      adapter = resolved.adapter;
      result = await call(resolved.port);
    } catch (error) {
      const answer = error instanceof IntegrationError ? `error:${error.failure}` : 'error';
      await this.write(entry, 'failure', answer, adapter).catch((lost: unknown) =>
        this.logger.error({ err: lost, requestId: entry.requestId }, 'audit record of a failed lookup was lost'),
      );
      throw error instanceof IntegrationError ? integrationFailure(error) : error;
    }
    await this.write(entry, 'success', classify(result), adapter);
    return { result, adapter };
  }

  private write(entry: LookupAuditEntry, outcome: 'success' | 'failure', answer: string, adapter?: string): Promise<void> {
    return this.audit.record({
      action: entry.action,
      outcome,
      principal: entry.principal,
      regionCode: entry.regionCode,
      target: entry.record,
      requestId: entry.requestId,
      details: { purpose: entry.purpose, answer, ...(adapter ? { adapter } : {}) },
    });
  }
}
