import { applyDecorators, Header } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export interface DeprecationNotice {
  /** The day the operation was deprecated (YYYY-MM-DD, UTC). */
  since: string;
  /** The day after which it may stop answering (YYYY-MM-DD, UTC): at least 6 months later (docs/api-versioning.md). */
  sunset: string;
  /** The path of the operation that replaces it, if any. */
  successor?: string;
}

/**
 * Marks an operation deprecated (docs/api-versioning.md): its answers carry `Deprecation`
 * (RFC 9745, `@<unix seconds>`) and `Sunset` (RFC 8594, an HTTP date), and `Link` to its
 * successor; the OpenAPI document shows it `deprecated: true` with the dates (`x-deprecation`).
 */
export function Deprecated(notice: DeprecationNotice): MethodDecorator {
  const since = Date.parse(`${notice.since}T00:00:00Z`);
  const sunset = Date.parse(`${notice.sunset}T00:00:00Z`);
  if (Number.isNaN(since) || Number.isNaN(sunset) || sunset <= since) {
    throw new Error(`Deprecated needs since and sunset as YYYY-MM-DD with sunset later: ${JSON.stringify(notice)}`);
  }
  return applyDecorators(
    Header('Deprecation', `@${Math.floor(since / 1000)}`),
    Header('Sunset', new Date(sunset).toUTCString()),
    ...(notice.successor ? [Header('Link', `<${notice.successor}>; rel="successor-version"`)] : []),
    ApiExtension('x-deprecation', { since: notice.since, sunset: notice.sunset, successor: notice.successor }),
  );
}
