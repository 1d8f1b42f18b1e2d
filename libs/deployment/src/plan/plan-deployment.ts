import type { DeploymentState, Versioned } from './deployment-state';

export type ChangeAction = 'create' | 'update' | 'reactivate' | 'deactivate';
export type ChangeKind = 'region' | 'site' | 'agency' | 'counter' | 'service';

export interface Change {
  action: ChangeAction;
  kind: ChangeKind;
  key: string;
  /** For updates: the top-level fields whose values differ. */
  fields?: string[];
  /** For updates and reactivations: each differing field's value now and in the file, for a readable plan. */
  diff?: FieldDiff[];
}

export interface FieldDiff {
  field: string;
  /** The value in the database (undefined: not set). */
  before?: unknown;
  /** The value in the file (undefined: not set). */
  after?: unknown;
}

export interface DeploymentPlan {
  regionCode: string;
  changes: Change[];
}

/**
 * What applying `desired` to `current` would do. Nothing is ever deleted: what the file no
 * longer lists is deactivated (its history stays), and listing it again reactivates it.
 */
export function planDeployment(desired: DeploymentState, current: DeploymentState): DeploymentPlan {
  const changes: Change[] = [];
  if (desired.region) {
    if (!current.region) changes.push({ action: 'create', kind: 'region', key: desired.regionCode });
    else {
      const fields = differingFields(desired.region, current.region);
      if (fields.length > 0)
        changes.push({
          action: 'update',
          kind: 'region',
          key: desired.regionCode,
          fields,
          diff: diffOf(fields, current.region, desired.region),
        });
    }
  }
  compare('site', desired.sites, current.sites, changes);
  compare('agency', desired.agencies, current.agencies, changes);
  compare('counter', desired.counters, current.counters, changes);
  compare('service', desired.services, current.services, changes);
  return { regionCode: desired.regionCode, changes };
}

function compare<T extends object>(
  kind: ChangeKind,
  desired: Map<string, Versioned<T>>,
  current: Map<string, Versioned<T>>,
  changes: Change[],
): void {
  for (const [key, wanted] of desired) {
    const existing = current.get(key);
    if (!existing) {
      changes.push({ action: 'create', kind, key });
      continue;
    }
    const fields = differingFields(wanted.value, existing.value);
    const diff = () => diffOf(fields, existing.value, wanted.value);
    if (wanted.active && !existing.active)
      changes.push({ action: 'reactivate', kind, key, ...(fields.length > 0 && { fields, diff: diff() }) });
    else if (!wanted.active && existing.active) changes.push({ action: 'deactivate', kind, key });
    else if (fields.length > 0) changes.push({ action: 'update', kind, key, fields, diff: diff() });
  }
  for (const [key, existing] of current) {
    if (!desired.has(key) && existing.active) changes.push({ action: 'deactivate', kind, key });
  }
}

function diffOf(fields: string[], before: object, after: object): FieldDiff[] {
  return fields.map((field) => ({
    field,
    before: (before as Record<string, unknown>)[field],
    after: (after as Record<string, unknown>)[field],
  }));
}

function differingFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((key) => canonical((a as Record<string, unknown>)[key]) !== canonical((b as Record<string, unknown>)[key]))
    .sort();
}

/** JSON with sorted keys, so values read back from jsonb compare equal to those just parsed. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : inner,
  );
}

export function summarize(plan: DeploymentPlan): Record<ChangeAction, number> {
  const counts: Record<ChangeAction, number> = { create: 0, update: 0, reactivate: 0, deactivate: 0 };
  for (const change of plan.changes) counts[change.action] += 1;
  return counts;
}
