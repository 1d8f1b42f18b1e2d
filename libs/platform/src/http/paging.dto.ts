import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mpp/domain';

/** `page` and `pageSize` of every list route; list queries extend it with their filters. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', format: 'int32', example: 1, minimum: 1, maximum: 100_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    example: DEFAULT_PAGE_SIZE,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = DEFAULT_PAGE_SIZE;
}

/** The OpenAPI shape of one page of `item`: `{ items, page, pageSize, total, totalPages }`. */
export function PageOf<T>(item: Class<T>) {
  class Page {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: DEFAULT_PAGE_SIZE })
    pageSize!: number;

    @ApiProperty({ example: 514, description: 'Items matching the filters, over all pages' })
    total!: number;

    @ApiProperty({ example: 26 })
    totalPages!: number;
  }
  Object.defineProperty(Page, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return Page;
}
