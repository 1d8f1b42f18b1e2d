import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../shared/api';

/** Server state of the citizen pages, keyed by the API path it comes from. */
export function useMall(region: string) {
  return useQuery({
    queryKey: ['/v1/regions/{code}/mall', region],
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/mall', { params: { path: { code: region } } })),
    // Open-now changes with the clock: ask again each minute while the page is open.
    refetchInterval: 60_000,
  });
}

export function useAgencies(region: string) {
  return useQuery({
    queryKey: ['/v1/regions/{code}/agencies', region],
    queryFn: () => unwrap(api.GET('/v1/regions/{code}/agencies', { params: { path: { code: region } } })),
  });
}

export function useService(region: string, agency: string, service: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['/v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}', region, agency, service],
    queryFn: () =>
      unwrap(
        api.GET('/v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}', {
          params: { path: { code: region, agencyCode: agency, serviceCode: service } },
        }),
      ),
    refetchInterval: 60_000,
  });
}
