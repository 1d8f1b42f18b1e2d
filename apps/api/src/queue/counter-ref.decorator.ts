import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import { RegionCode } from '@mpp/domain';
import type { CounterKey } from '@mpp/persistence';

/** A counter's storage key with its region already parsed, for the services that need the region itself. */
export interface CounterAt extends CounterKey {
  region: RegionCode;
}

/**
 * The counter a route names, `/v1/regions/:code/agencies/:agencyCode/counters/:counterCode`,
 * read once for every counter action: the region code parsed (400 REGION_CODE_INVALID naming
 * `code`), the agency and counter codes as given (an unknown one is the service's 404).
 * The path parameters stay documented by the controller's `@ApiParam`s.
 */
export const CounterRef = createParamDecorator((_data: unknown, context: ExecutionContext): CounterAt => {
  const params = context.switchToHttp().getRequest<{ params: Record<string, string | undefined> }>().params;
  const region = RegionCode.parse(params['code'] ?? '', 'code');
  return {
    region,
    regionCode: region.value,
    agencyCode: params['agencyCode'] ?? '',
    counterCode: params['counterCode'] ?? '',
  };
});
