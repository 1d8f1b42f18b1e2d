import { Injectable } from '@nestjs/common';

import { NotFoundError, type Page, pageOf, PageRequest, ProvinceCode, RegionCode } from '@mpp/domain';
import { RegionsRepository } from '@mpp/persistence';

import type { ListRegionsQuery } from './list-regions.query';
import type { ProvinceDto, RegionDto } from './region.dto';
import { toProvinceDto, toRegionDto } from './region.mapper';

@Injectable()
export class RegionsService {
  constructor(private readonly regions: RegionsRepository) {}

  async list(query: ListRegionsQuery): Promise<Page<RegionDto>> {
    const page = PageRequest.of(query.page, query.pageSize);
    const { items, total } = await this.regions.findPage(
      {
        province: query.province === undefined ? undefined : ProvinceCode.parse(query.province),
        kind: query.kind,
        q: query.q?.trim() || undefined,
      },
      page,
    );
    return pageOf(page, items.map(toRegionDto), total);
  }

  async get(code: RegionCode): Promise<RegionDto> {
    const region = await this.regions.findByCode(code);
    if (!region) throw new NotFoundError('REGION_NOT_FOUND', `No kabupaten/kota has the code ${code.value}`, 'code');
    return toRegionDto(region);
  }

  async listProvinces(): Promise<ProvinceDto[]> {
    return (await this.regions.listProvinces()).map(toProvinceDto);
  }

  async getProvince(rawCode: string): Promise<ProvinceDto> {
    const code = ProvinceCode.parse(rawCode, 'code');
    const province = await this.regions.findProvince(code);
    if (!province) throw new NotFoundError('PROVINCE_NOT_FOUND', `No province has the code ${code.value}`, 'code');
    return toProvinceDto(province);
  }
}
