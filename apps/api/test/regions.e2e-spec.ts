import request from 'supertest';

import { startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

describe('regions API', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP);
  });
  afterAll(() => testApp.close());

  const get = (url: string) => request(testApp.server).get(url);

  describe('GET /v1/regions', () => {
    it('lists all 514 kabupaten/kota with totals in the body', async () => {
      const response = await get('/v1/regions?pageSize=100').expect(200);
      expect(response.body).toMatchObject({ page: 1, pageSize: 100, total: 514, totalPages: 6 });
      expect(response.body.items).toHaveLength(100);
      expect(response.body.items[0]).toEqual({
        code: '11.01',
        name: 'Kabupaten Aceh Selatan',
        kind: 'kabupaten',
        province: { code: '11', name: 'Aceh', timeZone: 'WIB', ianaTimeZone: 'Asia/Jakarta' },
        timeZone: 'WIB',
      });
    });

    it('counts 416 kabupaten and 98 kota', async () => {
      const kabupaten = await get('/v1/regions?kind=kabupaten&pageSize=1').expect(200);
      const kota = await get('/v1/regions?kind=kota&pageSize=1').expect(200);
      expect([kabupaten.body.total, kota.body.total]).toEqual([416, 98]);
    });

    it('finds Kabupaten and Kota Bogor by a case-insensitive part of the name', async () => {
      const response = await get('/v1/regions?q=bOgOr').expect(200);
      expect(response.body.items.map((region: { code: string }) => region.code)).toEqual(['32.01', '32.71']);
      expect(response.body.total).toBe(2);
    });

    it('treats LIKE wildcards in q as plain characters', async () => {
      const response = await get('/v1/regions?q=%25').expect(200);
      expect(response.body.total).toBe(0);
    });

    it('filters by province and pages through it', async () => {
      const first = await get('/v1/regions?province=32&pageSize=10').expect(200);
      expect(first.body).toMatchObject({ total: 27, totalPages: 3 });
      const last = await get('/v1/regions?province=32&pageSize=10&page=3').expect(200);
      expect(last.body.items).toHaveLength(7);
      expect(last.body.items.every((region: { province: { code: string } }) => region.province.code === '32')).toBe(true);
    });

    it('gives each region the time zone of its province', async () => {
      const bali = await get('/v1/regions?province=51&pageSize=1').expect(200);
      const papua = await get('/v1/regions?province=91&pageSize=1').expect(200);
      expect([bali.body.items[0].timeZone, papua.body.items[0].timeZone]).toEqual(['WITA', 'WIT']);
    });

    it('answers an empty page past the end', async () => {
      const response = await get('/v1/regions?page=99').expect(200);
      expect(response.body).toMatchObject({ items: [], total: 514, page: 99 });
    });

    it('lets clients cache the reference data', async () => {
      const response = await get('/v1/regions').expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=3600');
    });

    it.each([
      ['pageSize=101', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['province=3', 'province'],
      ['province=JB', 'province'],
      ['kind=desa', 'kind'],
      [`q=${'a'.repeat(101)}`, 'q'],
      ['q=a&q=b', 'q'],
      ['sort=name', 'sort'],
    ])('refuses %s with VALIDATION_FAILED naming %s', async (query, path) => {
      const response = await get(`/v1/regions?${query}`).expect(400);
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(path);
      expect(response.body).not.toHaveProperty('stack');
    });
  });

  describe('GET /v1/regions/{code}', () => {
    it('answers one region', async () => {
      const response = await get('/v1/regions/36.74').expect(200);
      expect(response.body).toMatchObject({ code: '36.74', name: 'Kota Tangerang Selatan', kind: 'kota', province: { code: '36' } });
    });

    it.each(['3271', '32.7', '32.711', 'abc', '32.00', '%20'])(
      'refuses the malformed code %s with 400 REGION_CODE_INVALID',
      async (code) => {
        const response = await get(`/v1/regions/${code}`).expect(400);
        expect(response.body).toMatchObject({ status: 400, code: 'REGION_CODE_INVALID', errors: [{ path: 'code' }] });
      },
    );

    it('answers 404 REGION_NOT_FOUND for a well-formed code no region has', async () => {
      const response = await get('/v1/regions/32.99').expect(404);
      expect(response.body).toMatchObject({ status: 404, code: 'REGION_NOT_FOUND' });
      expect(typeof response.body.requestId).toBe('string');
    });
  });

  describe('GET /v1/provinces', () => {
    it('lists the 38 provinces', async () => {
      const response = await get('/v1/provinces').expect(200);
      expect(response.body.total).toBe(38);
      expect(response.body.items).toContainEqual({ code: '35', name: 'Jawa Timur', timeZone: 'WIB', ianaTimeZone: 'Asia/Jakarta' });
    });

    it('answers one province', async () => {
      const response = await get('/v1/provinces/96').expect(200);
      expect(response.body).toEqual({ code: '96', name: 'Papua Barat Daya', timeZone: 'WIT', ianaTimeZone: 'Asia/Jayapura' });
    });

    it('refuses a malformed province code with 400 and an unknown one with 404', async () => {
      const malformed = await get('/v1/provinces/320').expect(400);
      expect(malformed.body).toMatchObject({ code: 'PROVINCE_CODE_INVALID', errors: [{ path: 'code' }] });
      const unknown = await get('/v1/provinces/99').expect(404);
      expect(unknown.body).toMatchObject({ code: 'PROVINCE_NOT_FOUND' });
    });
  });
});
