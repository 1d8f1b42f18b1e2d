import { ApiKeyEntity } from '../access/api-key.entity';
import { RefreshTokenEntity } from '../access/refresh-token.entity';
import { StaffAccountEntity } from '../access/staff-account.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ProvinceEntity } from '../regions/province.entity';
import { RegencyEntity } from '../regions/regency.entity';

export const ENTITIES = [ProvinceEntity, RegencyEntity, StaffAccountEntity, RefreshTokenEntity, ApiKeyEntity, AuditEventEntity];
