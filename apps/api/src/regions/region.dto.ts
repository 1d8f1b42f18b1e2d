import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '@mpp/platform';

export class ProvinceDto {
  @ApiProperty({ example: '32', description: 'Kemendagri province code' })
  code!: string;

  @ApiProperty({ example: 'Jawa Barat', description: 'Official name as in Kepmendagri' })
  name!: string;

  @ApiProperty({ enum: ['WIB', 'WITA', 'WIT'], example: 'WIB' })
  timeZone!: 'WIB' | 'WITA' | 'WIT';

  @ApiProperty({ example: 'Asia/Jakarta', description: 'IANA name of the time zone' })
  ianaTimeZone!: string;
}

export class RegionDto {
  @ApiProperty({ example: '32.71', description: 'Kemendagri kabupaten/kota code, the tenant key' })
  code!: string;

  @ApiProperty({ example: 'Kota Bogor', description: 'Official name as in Kepmendagri' })
  name!: string;

  @ApiProperty({ enum: ['kabupaten', 'kota'], example: 'kota' })
  kind!: 'kabupaten' | 'kota';

  @ApiProperty({ type: ProvinceDto })
  province!: ProvinceDto;

  @ApiProperty({ enum: ['WIB', 'WITA', 'WIT'], example: 'WIB', description: 'Time zone of the region (that of its province)' })
  timeZone!: 'WIB' | 'WITA' | 'WIT';
}

export class RegionPageDto extends PageOf(RegionDto) {}

export class ProvinceListDto {
  @ApiProperty({ type: [ProvinceDto] })
  items!: ProvinceDto[];

  @ApiProperty({ example: 38 })
  total!: number;
}
