import { ProvinceEntity } from '../regions/province.entity';
import { RegencyEntity } from '../regions/regency.entity';

export const ENTITIES = [ProvinceEntity, RegencyEntity];
