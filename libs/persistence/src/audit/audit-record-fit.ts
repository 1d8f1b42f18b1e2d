import { storableText } from '@mpp/domain';

import type { AuditRecord } from './audit-log.repository';

/** Column limits of audit_event (see the migration), and a bound on details. */
const LIMITS = { action: 64, targetType: 32, text: 200, detailsJson: 4_000 } as const;
const REGION_CODE = /^\d{2}\.\d{2}$/;

/**
 * An audit record always fits its table: a write is never lost because a caller passed a
 * value the columns cannot hold (a malformed region code from the URL, a long target id, a
 * NUL byte, which neither text nor jsonb stores). What does not fit is kept, shortened, in
 * `details` with `truncated: true`, so the trail still says what was attempted.
 */
export function fitAuditRecord(record: AuditRecord): AuditRecord {
  const notes: Record<string, unknown> = {};
  const fit = (name: string, value: string | undefined, limit: number): string | undefined => {
    if (value === undefined) return undefined;
    const clean = cleanText(value);
    if (clean.length <= limit && clean === value) return value;
    notes[`${name}Given`] = clean.slice(0, LIMITS.text);
    return clean.slice(0, limit);
  };
  let regionCode = record.regionCode;
  if (regionCode !== undefined && !REGION_CODE.test(regionCode)) {
    notes.regionCodeGiven = cleanText(regionCode).slice(0, LIMITS.text);
    regionCode = undefined;
  }
  let details = cleanValue(record.details ?? {}) as Record<string, unknown>;
  if (JSON.stringify(details).length > LIMITS.detailsJson) {
    details = { truncated: true, excerpt: JSON.stringify(details).slice(0, LIMITS.detailsJson) };
  }
  const fitted: AuditRecord = {
    ...record,
    actorId: fit('actorId', record.actorId, LIMITS.text),
    action: fit('action', record.action, LIMITS.action) as string,
    regionCode,
    targetType: fit('targetType', record.targetType, LIMITS.targetType),
    targetId: fit('targetId', record.targetId, LIMITS.text),
    requestId: fit('requestId', record.requestId, LIMITS.text),
  };
  fitted.details = Object.keys(notes).length > 0 ? { ...details, ...notes, truncated: true } : details;
  return fitted;
}

const cleanText = storableText;

function cleanValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (depth > 8 || typeof value !== 'object' || value === null) return depth > 8 ? '[nested too deep]' : value;
  if (Array.isArray(value)) return value.map((item) => cleanValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanValue(item, depth + 1)]));
}
