import type { QueryRunner } from 'typeorm';

import { ProvinceCode, RegionCode, timeZoneOfProvince } from '@mpp/domain';

import { loadIdnAreaData } from './idn-area-data';

export interface SyncResult {
  provinces: number;
  regencies: number;
  changed: number;
}

/**
 * Brings the province and regency tables in line with idn-area-data. Idempotent: rows that
 * already match are not touched. Rows the data no longer has are kept, since tenant rows
 * may point at them; a Kemendagri split or merge is a migration of its own.
 */
export async function syncRegionReferenceData(runner: QueryRunner): Promise<SyncResult> {
  const data = loadIdnAreaData();
  const provinces = data.provinces.map((row) => ({
    code: ProvinceCode.parse(row.code).value,
    name: row.name,
    timeZone: timeZoneOfProvince(ProvinceCode.parse(row.code)).zone,
  }));
  const regencies = data.regencies.map((row) => {
    const code = RegionCode.parse(row.code);
    return { code: code.value, provinceCode: code.province.value, name: row.name, kind: code.kind };
  });

  const provinceResult: unknown[] = await runner.query(
    `INSERT INTO province (code, name, time_zone)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone
       WHERE (province.name, province.time_zone) IS DISTINCT FROM (excluded.name, excluded.time_zone)
     RETURNING code`,
    [provinces.map((p) => p.code), provinces.map((p) => p.name), provinces.map((p) => p.timeZone)],
  );
  const regencyResult: unknown[] = await runner.query(
    `INSERT INTO regency (code, province_code, name, kind)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (code) DO UPDATE
       SET province_code = excluded.province_code, name = excluded.name, kind = excluded.kind
       WHERE (regency.province_code, regency.name, regency.kind)
         IS DISTINCT FROM (excluded.province_code, excluded.name, excluded.kind)
     RETURNING code`,
    [regencies.map((r) => r.code), regencies.map((r) => r.provinceCode), regencies.map((r) => r.name), regencies.map((r) => r.kind)],
  );
  return {
    provinces: provinces.length,
    regencies: regencies.length,
    changed: provinceResult.length + regencyResult.length,
  };
}
