import { stringify } from 'yaml';

export const BENCH_REGION = '32.71';
export const BENCH_SITE = 'mpp-bench';
/** The live bench's sites: the first is BENCH_SITE; every agency without `sites` serves at all. */
export const LIVE_SITES = [BENCH_SITE, 'mpp-bench-2', 'mpp-bench-3', 'mpp-bench-4', 'mpp-bench-5'];

/** Fifty walk-in services with two-letter prefixes (AA, AB, …), each with a quota no run reaches. */
export const SERVICES = Array.from({ length: 50 }, (_, index) => ({
  code: `layanan-${String(index + 1).padStart(2, '0')}`,
  prefix: String.fromCharCode(65 + Math.floor(index / 26)) + String.fromCharCode(65 + (index % 26)),
}));

/** A region open all day every day, so the bench runs at any hour. */
export function benchDeployment() {
  const allDay = [{ from: '00:00', to: '24:00' }];
  return stringify({
    apiVersion: 'mpp.go.id/v1',
    kind: 'RegionDeployment',
    region: { code: BENCH_REGION, rolloutStatus: 'operational', coordinator: 'bench' },
    sites: LIVE_SITES.map((code, index) => ({
      code,
      name: index === 0 ? 'MPP Bench' : `MPP Bench ${index + 1}`,
      kind: 'mall',
      address: 'Loopback 127.0.0.1',
      coordinates: { lat: -6.6, lon: 106.8 },
      hours: Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, allDay])),
    })),
    agencies: [
      {
        code: 'bench',
        name: 'Instansi Bench',
        kind: 'perangkat_daerah',
        // One counter per line of the live bench (five sites, two services each).
        counters: Array.from({ length: 10 }, (_, index) => ({ code: `loket-${index + 1}`, name: `Loket ${index + 1}` })),
        services: SERVICES.map((service) => ({
          code: service.code,
          name: `Layanan ${service.code}`,
          standard: {
            requirements: [{ name: 'KTP-el' }],
            procedure: ['Mengambil nomor antrean'],
            completionTime: { value: 10, unit: 'minutes' },
            fee: { amount: 0, legalBasis: 'Tidak dipungut biaya' },
            product: 'Layanan',
            complaintChannel: 'SP4N-LAPOR!',
            legalBasis: ['UU 25/2009'],
          },
          queue: { prefix: service.prefix, mode: 'walk_in', dailyQuota: 50_000 },
        })),
      },
    ],
  });
}
