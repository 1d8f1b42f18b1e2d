import { IntegrationError, RequestRefused, UpstreamFailure } from '../errors/integration-error';
import { badAnswer } from '../http/json-client';
import type { Business, BusinessScale, LicenceStatusReport } from './business-licensing.port';

/**
 * The OSS RBA host-to-host contract, in one place so a correction touches one file.
 *
 * Source [C]: the public integration guide "PIA – OSS RBA" v4.3.22 (2024): every method is
 * `POST {base}/v1/kl/rba/{method}` with header `user_key`; envelopes keep OSS's spellings
 * (`INQUERYNIB`, `respon...`); `kode` 200 ok, 400 wrong parameters or not found, 401/403
 * refused, 404 no such service, 500 OSS failure, 504 OSS timeout.
 * Thin [I]: the request envelope of `receiveLicenseStatus` (`IZINSTATUS`) and of the
 * `receiveNIB` callback (`dataNIB`) are as client code shows them, not as a published schema;
 * `data_checklist[].kd_status` is not in every version of the guide.
 */
export const OSS_BASE_PATH = '/v1/kl/rba';

export const NIB_STATUS: Record<string, string> = {
  '01': 'aktif',
  '02': 'belum aktif',
  '03': 'diizinkan usaha',
  '04': 'diizinkan beroperasi',
  '05': 'dibekukan',
  '06': 'dicabut',
};

const SCALES: Record<string, BusinessScale> = { '01': 'micro', '02': 'small', '03': 'medium', '04': 'large' };

/**
 * The `kd_status` an application's status is reported as. Our reading [I]: 50 (approved) and 90
 * (refused) are as the port documents them; the steps before are the nearest codes of OSS's
 * list as client code uses them, to be confirmed against the PIA guide with the region's OSS
 * contact. A draft is not reported: OSS hears of a file once it is submitted.
 */
export const APPLICATION_LICENCE_STATUS: Record<string, (typeof LICENCE_STATUS_CODES)[number] | undefined> = {
  submitted: '10',
  needs_revision: '11',
  verified: '20',
  in_process: '40',
  completed: '50',
  rejected: '90',
  withdrawn: '93',
};

/** Licence status codes (`kd_status`) we may report; OSS's full list is longer. */
export const LICENCE_STATUS_CODES = ['05', '10', '11', '20', '40', '45', '50', '52', '57', '60', '70', '90', '93'] as const;

export function toInqueryNibBody(nib: string) {
  return { INQUERYNIB: { nib } };
}

export function fromInqueryNibAnswer(status: number, body: unknown): Business | undefined {
  const envelope = (body as { responinqueryNIB?: { kode?: unknown; keterangan?: unknown; dataNIB?: unknown } } | undefined)
    ?.responinqueryNIB;
  if (!envelope) throw badAnswer('OSS', `HTTP ${status} without responinqueryNIB`);
  const kode = Number(envelope.kode);
  if (kode === 400) return undefined; // "Data NIB tidak ditemukan" (also wrong parameters: ours are checked before the call)
  throwForKode(kode);
  return toBusiness(envelope.dataNIB);
}

export function toReceiveLicenseStatusBody(report: LicenceStatusReport) {
  return {
    IZINSTATUS: {
      nib: report.nib,
      id_izin: report.licenceId,
      kd_status: report.statusCode,
      tgl_status: ossDateTime(report.changedAt),
      nama_status: report.officerName,
      keterangan: report.note ?? '',
    },
  };
}

export function fromReceiveLicenseStatusAnswer(status: number, body: unknown): void {
  const envelope = (body as { responreceiveLicenseStatus?: { kode?: unknown; keterangan?: unknown } } | undefined)
    ?.responreceiveLicenseStatus;
  if (!envelope) throw badAnswer('OSS', `HTTP ${status} without responreceiveLicenseStatus`);
  const kode = Number(envelope.kode);
  if (kode === 400) throw new RequestRefused(`OSS refused the licence status report (kode 400): ${text(envelope.keterangan)}`);
  throwForKode(kode);
}

function throwForKode(kode: number): void {
  if (kode === 200) return;
  if (kode === 500 || kode === 504) throw new UpstreamFailure(`OSS kode ${kode}`);
  if (kode === 401 || kode === 403 || kode === 405)
    throw new IntegrationError('refused', `OSS refused access (kode ${kode}): check OSS_USER_KEY`, 300);
  throw badAnswer('OSS', `kode ${kode}`);
}

/** `dataNIB` → Business. Used for `inqueryNIB` answers and `receiveNIB` callbacks alike. */
export function toBusiness(raw: unknown): Business {
  if (!raw || typeof raw !== 'object') throw badAnswer('OSS', 'no dataNIB');
  const data = raw as Record<string, unknown>;
  const text = (key: string, required = true): string => {
    const value = data[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (required) throw badAnswer('OSS', `dataNIB.${key} missing`);
    return '';
  };
  const nib = text('nib');
  if (!/^\d{13}$/.test(nib)) throw badAnswer('OSS', 'dataNIB.nib is not 13 digits');
  const ossRegionCode = text('kd_daerah', false);
  const statusCode = text('status_nib', false);
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Array<Record<string, unknown>>) : []);
  const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  return {
    nib,
    issuedOn: text('tgl_terbit_nib', false),
    ossId: text('oss_id', false),
    actorKind: text('jenis_pelaku_usaha', false),
    name: text('nama_perseroan'),
    address: text('alamat', false),
    npwp: text('npwp_perseroan', false),
    scale: SCALES[text('skala_usaha', false)] ?? 'unknown',
    ossRegionCode,
    regionCode: /^\d{4}/.test(ossRegionCode) ? `${ossRegionCode.slice(0, 2)}.${ossRegionCode.slice(2, 4)}` : undefined,
    status: { code: statusCode, label: NIB_STATUS[statusCode] ?? 'tidak dikenal' },
    activities: list('data_proyek').map((project) => ({
      projectId: str(project.id_proyek),
      kbli: str(project.kbli),
      riskLevel: str(project.skala_resiko),
      location: str(project.lokasi),
    })),
    licences: list('data_checklist').map((licence) => ({
      id: str(licence.id_izin),
      code: str(licence.kd_izin),
      name: str(licence.nama_izin),
      agency: str(licence.instansi),
      statusCode: licence.kd_status === undefined ? undefined : str(licence.kd_status),
    })),
  };
}

/** OSS writes times as `YYYY-MM-DD HH:mm:ss` in WIB (UTC+7). */
export function ossDateTime(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
}

/** Our answer to an OSS callback (`receiveNIB`, `receiveFileDS`): status "1" accepted, "2" refused. */
export function ossCallbackAnswer(method: 'receiveNIB' | 'receiveFileDS', accepted: boolean, keterangan: string) {
  return { [`respon${method}`]: { status: accepted ? '1' : '2', keterangan } };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 200) : '';
}
