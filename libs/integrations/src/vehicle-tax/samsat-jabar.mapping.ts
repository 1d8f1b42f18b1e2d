import { maskName, type PlateNumber } from '@mpp/domain';

import { IntegrationError } from '../errors/integration-error';
import { badAnswer } from '../http/json-client';
import type { Amount, VehicleTaxStatement } from './vehicle-tax.port';

/**
 * Jawa Barat's Samsat information service (Bapenda Jabar, "atos-pamor"), in one place so a
 * correction touches one file.
 *
 * Known [I: client code]: `POST {base}/api/atos-pamor/v1/get-info-pajak` with
 * `{"where": [["objek_pajak_no_polisi1","=","F"], ["objek_pajak_no_polisi2","=","1234"],
 * ["objek_pajak_no_polisi3","=","ABC"], ["objek_pajak_kd_plat","=","1"]], "bayar_kedepan": "T"}`;
 * success is `code: "0000"`; `data` holds owner, make, model, year, colour, `milik_ke`,
 * `tg_akhir_pajak`, `tg_akhir_stnk` and `data_hitung_pajak`, per-year buckets of PKB, opsen,
 * SWDKLLJ (principal and penalty) and STNK and plate fees.
 * Unknown [U], our best reading, to correct here: the authentication header (`x-api-key`), the
 * not-found code (`0001`), the exact field names inside `data` and its buckets, the date
 * format (ISO), `kd_plat` "1" meaning a black (private) plate, and `status_blokir` "Y".
 */
export const SAMSAT_JABAR_PATH = '/api/atos-pamor/v1/get-info-pajak';
export const SAMSAT_JABAR_KEY_HEADER = 'x-api-key';
const SUCCESS = '0000';
const NOT_FOUND = '0001';

export function toSamsatJabarQuery(plate: PlateNumber) {
  return {
    where: [
      ['objek_pajak_no_polisi1', '=', plate.region],
      ['objek_pajak_no_polisi2', '=', plate.number],
      ['objek_pajak_no_polisi3', '=', plate.suffix],
      ['objek_pajak_kd_plat', '=', '1'],
    ],
    bayar_kedepan: 'T',
  };
}

export function fromSamsatJabarAnswer(status: number, body: unknown, plate: PlateNumber): VehicleTaxStatement | undefined {
  if (status === 401 || status === 403)
    throw new IntegrationError('refused', `Samsat refused access (HTTP ${status}): check SAMSAT_API_KEY`, 300);
  const answer = body as { code?: unknown; data?: unknown } | undefined;
  if (!answer || typeof answer.code !== 'string') throw badAnswer('Samsat Jabar', `HTTP ${status} without a code`);
  if (answer.code === NOT_FOUND) return undefined;
  if (answer.code !== SUCCESS) throw badAnswer('Samsat Jabar', `code ${answer.code}`);
  const data = answer.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') throw badAnswer('Samsat Jabar', 'no data');
  const text = (key: string) => {
    const value = data[key];
    if (typeof value !== 'string' && typeof value !== 'number') throw badAnswer('Samsat Jabar', `data.${key} missing`);
    return String(value);
  };
  const buckets = Array.isArray(data.data_hitung_pajak) ? (data.data_hitung_pajak as Array<Record<string, unknown>>) : [];
  const sum = (key: string) => buckets.reduce((total, bucket) => total + rupiah(bucket[key]), 0);
  const amount = (prefix: string): Amount => ({ principal: sum(`${prefix}_pok`), penalty: sum(`${prefix}_den`) });
  const pkb = amount('pkb');
  const opsen = amount('opsen');
  const swdkllj = amount('swdkllj');
  const fees = { stnk: sum('bea_stnk'), plate: sum('bea_tnkb') };
  const total = [pkb, opsen, swdkllj].reduce((all, part) => all + part.principal + part.penalty, fees.stnk + fees.plate);
  const blocked = data.status_blokir === 'Y';
  return {
    plateNumber: plate.value,
    make: text('nm_merek_kb'),
    model: text('nm_model_kb'),
    year: Number(text('th_buatan')),
    colour: text('warna_kb'),
    ownershipOrder: Number(text('milik_ke')),
    ownerName: maskName(text('nm_pemilik')),
    frameNumberTail: text('no_rangka').slice(-5),
    taxDueDate: text('tg_akhir_pajak'),
    stnkValidUntil: text('tg_akhir_stnk'),
    pkb,
    opsen,
    swdkllj,
    fees,
    total,
    payable: !blocked && total > 0,
    blocked,
  };
}

function rupiah(value: unknown): number {
  const number = Number(value ?? 0);
  if (!Number.isFinite(number) || number < 0) throw badAnswer('Samsat Jabar', 'an amount that is not a rupiah figure');
  return Math.round(number);
}
