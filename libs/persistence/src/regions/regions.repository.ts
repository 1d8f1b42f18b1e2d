import type { DataSource } from 'typeorm';

import { type IndonesianTimeZone, type PageRequest, type ProvinceCode, type RegencyKind, type RegionCode } from '@mpp/domain';

import { ProvinceEntity } from './province.entity';
import { RegencyEntity } from './regency.entity';

export interface ProvinceRecord {
  code: string;
  name: string;
  timeZone: IndonesianTimeZone;
}

export interface RegionRecord {
  code: string;
  name: string;
  kind: RegencyKind;
  province: ProvinceRecord;
}

export interface RegionFilter {
  province?: ProvinceCode;
  kind?: RegencyKind;
  /** Words of the name, matched case-insensitively anywhere in it. */
  q?: string;
}

export class RegionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findPage(filter: RegionFilter, page: PageRequest): Promise<{ items: RegionRecord[]; total: number }> {
    const query = this.dataSource
      .getRepository(RegencyEntity)
      .createQueryBuilder('regency')
      .innerJoinAndSelect('regency.province', 'province')
      .orderBy('regency.code', 'ASC')
      .offset(page.offset)
      .limit(page.pageSize);
    if (filter.province) query.andWhere('regency.province_code = :province', { province: filter.province.value });
    if (filter.kind) query.andWhere('regency.kind = :kind', { kind: filter.kind });
    if (filter.q) query.andWhere(`regency.name ILIKE :pattern ESCAPE '\\'`, { pattern: `%${escapeLike(filter.q)}%` });
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map(toRegionRecord), total };
  }

  async findByCode(code: RegionCode): Promise<RegionRecord | undefined> {
    const row = await this.dataSource.getRepository(RegencyEntity).findOne({ where: { code: code.value }, relations: { province: true } });
    return row ? toRegionRecord(row) : undefined;
  }

  /** Every kabupaten/kota, in code order. */
  async listAll(): Promise<RegionRecord[]> {
    const rows = await this.dataSource.getRepository(RegencyEntity).find({ relations: { province: true }, order: { code: 'ASC' } });
    return rows.map(toRegionRecord);
  }

  async listProvinces(): Promise<ProvinceRecord[]> {
    const rows = await this.dataSource.getRepository(ProvinceEntity).find({ order: { code: 'ASC' } });
    return rows.map(toProvinceRecord);
  }

  async findProvince(code: ProvinceCode): Promise<ProvinceRecord | undefined> {
    const row = await this.dataSource.getRepository(ProvinceEntity).findOneBy({ code: code.value });
    return row ? toProvinceRecord(row) : undefined;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function toProvinceRecord(row: ProvinceEntity): ProvinceRecord {
  return { code: row.code, name: row.name, timeZone: row.timeZone };
}

function toRegionRecord(row: RegencyEntity): RegionRecord {
  if (!row.province) throw new Error(`regency ${row.code} loaded without its province`);
  return { code: row.code, name: row.name, kind: row.kind, province: toProvinceRecord(row.province) };
}
