import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import { RegionCode } from '@mpp/domain';
import type { CounterKey } from '@mpp/persistence';

/**
 * The counter a route names, `/v1/regions/:code/agencies/:agencyCode/counters/:counterCode`,
 * read once for every counter action: the region code parsed (400 REGION_CODE_INVALID naming
 * `code`), the agency and counter codes as given (an unknown one is the service's 404).
 * The path parameters stay documented by the controller's `@ApiParam`s.
 */
export const CounterRef = createParamDecorator((_data: unknown, context: ExecutionContext): CounterKey => {
  const params = context.switchToHttp().getRequest<{ params: Record<string, string | undefined> }>().params;
  return {
    regionCode: RegionCode.parse(params['code'] ?? '', 'code').value,
    agencyCode: params['agencyCode'] ?? '',
    counterCode: params['counterCode'] ?? '',
  };
});
