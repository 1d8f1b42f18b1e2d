import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

import { PageQuery } from '@mpp/platform';

export class ListRegionsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32', description: 'Only regions of this province (two digits)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}$/, { message: 'province must be a two-digit province code such as 32' })
  province?: string;

  @ApiPropertyOptional({ enum: ['kabupaten', 'kota'] })
  @IsOptional()
  @IsIn(['kabupaten', 'kota'])
  kind?: 'kabupaten' | 'kota';

  @ApiPropertyOptional({ example: 'bogor', description: 'Part of the name, any case' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}
