import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mpp/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class ListRegionsQuery {
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

  @ApiPropertyOptional({ example: 1, minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ example: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = DEFAULT_PAGE_SIZE;
}
