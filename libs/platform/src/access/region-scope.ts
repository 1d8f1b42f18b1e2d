import { type Principal, regionFilterFor } from '@mpp/domain';

import { ApiError } from '../errors/error-body';

/** The region a list may show the principal: its own, or the one asked for by a national caller; 403 otherwise. */
export function regionScope(principal: Principal, requested?: string): { regionCode?: string } {
  const filter = regionFilterFor(principal, requested);
  if (filter === 'out-of-scope') throw new ApiError(403, 'OUT_OF_SCOPE', 'This is outside the region you may act on');
  return filter;
}
