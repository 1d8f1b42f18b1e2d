import { SIMULATOR_CREDENTIALS, type SimulatorRoute } from '../simulators/simulator';
import { LICENCE_STATUS_CODES, OSS_BASE_PATH } from './oss.mapping';

/**
 * OSS RBA's `inqueryNIB` and `receiveLicenseStatus` with three invented businesses (test
 * data). Every other NIB is "Data NIB tidak ditemukan". Listed in the README.
 */
export const SIMULATED_BUSINESSES = [
  {
    nib: '8120000000001',
    tgl_terbit_nib: '2024-02-12',
    oss_id: 'P-202402120001',
    jenis_pelaku_usaha: '02',
    npwp_perseroan: '0012345678901000',
    nama_perseroan: 'CV MAJU JAYA',
    alamat: 'Jl. Pajajaran No. 10, Bogor',
    skala_usaha: '01',
    kd_daerah: '3271000000',
    status_nib: '01',
    data_proyek: [{ id_proyek: 'R-0001', kbli: '56101', skala_resiko: 'R', lokasi: 'Kota Bogor' }],
    data_checklist: [
      {
        id_izin: 'I-202402120001',
        kd_izin: '056101001',
        nama_izin: 'Sertifikat Standar',
        instansi: 'Pemerintah Kota Bogor',
        flag_checklist: 'Y',
      },
    ],
  },
  {
    nib: '9120000000002',
    tgl_terbit_nib: '2023-07-03',
    oss_id: 'P-202307030002',
    jenis_pelaku_usaha: '01',
    npwp_perseroan: '0023456789012000',
    nama_perseroan: 'PT SINAR TANGSEL',
    alamat: 'Jl. BSD Raya No. 1, Tangerang Selatan',
    skala_usaha: '03',
    kd_daerah: '3674000000',
    status_nib: '03',
    data_proyek: [
      { id_proyek: 'R-0002', kbli: '47111', skala_resiko: 'MR', lokasi: 'Kota Tangerang Selatan' },
      { id_proyek: 'R-0003', kbli: '10711', skala_resiko: 'MT', lokasi: 'Kota Tangerang Selatan' },
    ],
    data_checklist: [
      {
        id_izin: 'I-202307030002',
        kd_izin: '047111002',
        nama_izin: 'Izin Usaha',
        instansi: 'Pemerintah Kota Tangerang Selatan',
        flag_checklist: 'N',
      },
    ],
  },
  {
    nib: '8120000000003',
    tgl_terbit_nib: '2022-01-20',
    oss_id: 'P-202201200003',
    jenis_pelaku_usaha: '02',
    npwp_perseroan: '0034567890123000',
    nama_perseroan: 'UD TANI MAKMUR',
    alamat: 'Jl. Veteran No. 5, Bojonegoro',
    skala_usaha: '02',
    kd_daerah: '3522000000',
    status_nib: '05',
    data_proyek: [{ id_proyek: 'R-0004', kbli: '46201', skala_resiko: 'R', lokasi: 'Kabupaten Bojonegoro' }],
    data_checklist: [],
  },
] as const;

const envelope = (method: string, kode: number, keterangan: string, extra: object = {}) => ({
  status: 200,
  body: { [`respon${method}`]: { kode, keterangan, ...extra } },
});

export const ossSimulator: SimulatorRoute = {
  system: 'oss',
  matches: (path) => path === `${OSS_BASE_PATH}/inqueryNIB` || path === `${OSS_BASE_PATH}/receiveLicenseStatus`,
  answer(raw, headers, path) {
    const body = (raw ?? {}) as Record<string, Record<string, unknown> | undefined>;
    const method = path.endsWith('/receiveLicenseStatus') ? 'receiveLicenseStatus' : 'inqueryNIB';
    if (headers['user_key'] !== SIMULATOR_CREDENTIALS.oss.userKey) return envelope(method, 401, 'Invalid access');
    if (method === 'receiveLicenseStatus') {
      const report = body.IZINSTATUS ?? {};
      const business = SIMULATED_BUSINESSES.find((candidate) => candidate.nib === report.nib);
      const licence = business?.data_checklist.find((candidate) => candidate.id_izin === report.id_izin);
      if (!licence) return envelope(method, 400, 'Data izin tidak ditemukan');
      if (!(LICENCE_STATUS_CODES as readonly string[]).includes(String(report.kd_status)))
        return envelope(method, 400, 'kd_status tidak dikenal');
      return envelope(method, 200, 'Data status izin berhasil diterima');
    }
    const nib = body.INQUERYNIB?.nib;
    const business = SIMULATED_BUSINESSES.find((candidate) => candidate.nib === nib);
    if (!business) return envelope(method, 400, 'Data NIB tidak ditemukan');
    return envelope(method, 200, 'Sukses', { dataNIB: business });
  },
};
