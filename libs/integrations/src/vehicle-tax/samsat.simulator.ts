import { SIMULATOR_CREDENTIALS, type SimulatorRoute } from '../simulators/simulator';
import { SAMSAT_JABAR_KEY_HEADER, SAMSAT_JABAR_PATH } from './samsat-jabar.mapping';

const bucket = (year: number, pkb: number, pkbPenalty: number, swdkllj: number, swdklljPenalty: number) => ({
  tahun_ke: year,
  pkb_pok: pkb,
  pkb_den: pkbPenalty,
  // Opsen PKB: 66% of PKB (UU 1/2022), rounded up to Rp 100 as the notices appear to be.
  opsen_pok: Math.ceil((pkb * 0.66) / 100) * 100,
  opsen_den: Math.ceil((pkbPenalty * 0.66) / 100) * 100,
  swdkllj_pok: swdkllj,
  swdkllj_den: swdklljPenalty,
  bea_stnk: 0,
  bea_tnkb: 0,
});

/**
 * Samsat Jawa Barat's `get-info-pajak` with three invented vehicles (test data). Every other
 * plate is not found (`code` 0001). Listed in the README.
 */
export const SIMULATED_VEHICLES: Record<string, object> = {
  'F 1234 ABC': {
    nm_pemilik: 'AHMAD FAUZI',
    nm_merek_kb: 'HONDA',
    nm_model_kb: 'BEAT 110',
    th_buatan: '2019',
    warna_kb: 'HITAM',
    milik_ke: '1',
    no_rangka: 'MH1JM8115KK123456',
    tg_akhir_pajak: '2026-03-10',
    tg_akhir_stnk: '2029-03-10',
    status_blokir: 'T',
    // Eight months late: PKB, its penalty (1% a month), SWDKLLJ motorcycle 35,000 and its penalty.
    data_hitung_pajak: [bucket(0, 220_000, 17_600, 35_000, 8_000)],
  },
  'F 88 XY': {
    nm_pemilik: 'RINA MARLINA',
    nm_merek_kb: 'TOYOTA',
    nm_model_kb: 'AVANZA 1.3 G',
    th_buatan: '2021',
    warna_kb: 'PUTIH',
    milik_ke: '2',
    no_rangka: 'MHKM1BA3JMK098765',
    tg_akhir_pajak: '2027-01-15',
    tg_akhir_stnk: '2026-01-15',
    status_blokir: 'T',
    // STNK five-yearly renewal due: car STNK 200,000 and plates 100,000; private car SWDKLLJ 143,000.
    data_hitung_pajak: [{ ...bucket(0, 3_240_000, 0, 143_000, 0), bea_stnk: 200_000, bea_tnkb: 100_000 }],
  },
  'D 4321 BB': {
    nm_pemilik: 'DEDI KURNIAWAN',
    nm_merek_kb: 'YAMAHA',
    nm_model_kb: 'NMAX 155',
    th_buatan: '2020',
    warna_kb: 'BIRU',
    milik_ke: '1',
    no_rangka: 'MH3SG3190LK555555',
    tg_akhir_pajak: '2025-06-01',
    tg_akhir_stnk: '2030-06-01',
    status_blokir: 'Y',
    data_hitung_pajak: [bucket(0, 310_000, 55_800, 35_000, 16_000)],
  },
};

export const samsatSimulator: SimulatorRoute = {
  system: 'samsat',
  matches: (path) => path === SAMSAT_JABAR_PATH,
  answer(raw, headers) {
    if (headers[SAMSAT_JABAR_KEY_HEADER] !== SIMULATOR_CREDENTIALS.samsat.apiKey)
      return { status: 401, body: { code: '0401', message: 'Unauthorized' } };
    const where = ((raw ?? {}) as { where?: unknown }).where;
    const part = (field: string) =>
      Array.isArray(where)
        ? String((where.find((clause) => Array.isArray(clause) && clause[0] === field) as unknown[] | undefined)?.[2] ?? '')
        : '';
    const plate = [part('objek_pajak_no_polisi1'), part('objek_pajak_no_polisi2'), part('objek_pajak_no_polisi3')]
      .filter(Boolean)
      .join(' ');
    const vehicle = SIMULATED_VEHICLES[plate];
    if (!vehicle) return { status: 200, body: { code: '0001', message: 'Data tidak ditemukan' } };
    return { status: 200, body: { code: '0000', message: 'Sukses', data: vehicle } };
  },
};
