import { InvalidValueError } from '../errors/domain-error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A request for one page of a list: 1-based page numbers, page size capped. */
export class PageRequest {
  private constructor(
    readonly page: number,
    readonly pageSize: number,
  ) {}

  static of(page = 1, pageSize = DEFAULT_PAGE_SIZE): PageRequest {
    if (!Number.isInteger(page) || page < 1) {
      throw new InvalidValueError('PAGE_INVALID', 'page must be a whole number from 1', 'page');
    }
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidValueError('PAGE_SIZE_INVALID', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`, 'pageSize');
    }
    return new PageRequest(page, pageSize);
  }

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

export function pageOf<T>(request: PageRequest, items: T[], total: number): Page<T> {
  return {
    items,
    page: request.page,
    pageSize: request.pageSize,
    total,
    totalPages: Math.ceil(total / request.pageSize),
  };
}
