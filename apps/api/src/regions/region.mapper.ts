import { ProvinceCode, timeZoneOfProvince } from '@mpp/domain';
import type { ProvinceRecord, RegionRecord } from '@mpp/persistence';

import type { ProvinceDto, RegionDto } from './region.dto';

export function toProvinceDto(record: ProvinceRecord): ProvinceDto {
  return {
    code: record.code,
    name: record.name,
    timeZone: record.timeZone,
    ianaTimeZone: timeZoneOfProvince(ProvinceCode.parse(record.code)).iana,
  };
}

export function toRegionDto(record: RegionRecord): RegionDto {
  return {
    code: record.code,
    name: record.name,
    kind: record.kind,
    province: toProvinceDto(record.province),
    timeZone: record.province.timeZone,
  };
}
