import { pageOf, PageRequest } from './page-request';

describe('PageRequest', () => {
  it('defaults to the first page of 20', () => {
    const request = PageRequest.of();
    expect([request.page, request.pageSize, request.offset]).toEqual([1, 20, 0]);
  });

  it('computes the offset of later pages', () => {
    expect(PageRequest.of(3, 50).offset).toBe(100);
  });

  it.each([
    [0, 20, 'PAGE_INVALID', 'page'],
    [1.5, 20, 'PAGE_INVALID', 'page'],
    [1, 0, 'PAGE_SIZE_INVALID', 'pageSize'],
    [1, 101, 'PAGE_SIZE_INVALID', 'pageSize'],
  ])('refuses page %s size %s with %s', (page, size, code, path) => {
    expect(() => PageRequest.of(page, size)).toThrow(expect.objectContaining({ code, path }));
  });

  it('counts whole pages, rounding up', () => {
    expect(pageOf(PageRequest.of(1, 20), [], 514).totalPages).toBe(26);
    expect(pageOf(PageRequest.of(1, 20), [], 0).totalPages).toBe(0);
  });
});
