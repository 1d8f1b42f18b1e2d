import { type CallOrder, DEFAULT_CALL_ORDER } from '@mpp/domain';

import type { ServiceRecord } from './deployment-state';

/** A service's call order; services applied before call orders existed are first come, first served. */
export function callOrderOf(record: ServiceRecord): CallOrder {
  return (record.queue as { callOrder?: CallOrder }).callOrder ?? DEFAULT_CALL_ORDER;
}
