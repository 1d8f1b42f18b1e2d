import { randomBytes } from 'node:crypto';

import request from 'supertest';
import { DataSource } from 'typeorm';

import type { ApiScope } from '@mpp/domain';
import { ossCallbackToken, type SimulatorServer, startSimulatorServer, wibDay } from '@mpp/integrations';
import { ApiKeysRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, type StaffFixture, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const SITI = '3271014708900001';
const BUDI = '3674021203850003';
const UNKNOWN_PERSON = '3271010101010009';
const ALL_NIKS = [SITI, BUDI, UNKNOWN_PERSON];
const CALLBACK = { username: 'oss-bogor', password: 'callback-secret-1' };
const COOLDOWN_MS = 1_000;

describe('integrations: Dukcapil, OSS RBA and Samsat through the API', () => {
  let simulator: SimulatorServer;
  let testApp: TestApp;
  let officer: StaffFixture;
  let officerAuth: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    simulator = await startSimulatorServer();
    testApp = await startTestApp(
      API_APP,
      {
        LOG_LEVEL: 'info',
        INTEGRATIONS_SIMULATOR_URL: simulator.url,
        INTEGRATIONS_ATTEMPT_TIMEOUT_MS: '300',
        INTEGRATIONS_CALL_TIMEOUT_MS: '800',
        INTEGRATIONS_RETRIES: '1',
        INTEGRATIONS_BACKOFF_MS: '20',
        INTEGRATIONS_BREAKER_FAILURES: '3',
        INTEGRATIONS_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
        OSS_CALLBACK_USERNAME: CALLBACK.username,
        OSS_CALLBACK_PASSWORD: CALLBACK.password,
      },
      { logLines },
    );
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml']);
    officer = await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil' });
    officerAuth = await bearerFor(testApp.app, officer);
  });
  afterAll(async () => {
    await testApp.close();
    await simulator.close();
  });
  beforeEach(() => simulator.reset());

  const post = (path: string, body: object, auth: { bearer?: string; apiKey?: string } = { bearer: officerAuth }) => {
    const call = request(testApp.server).post(path);
    if (auth.bearer) void call.set('authorization', auth.bearer);
    if (auth.apiKey) void call.set('x-api-key', auth.apiKey);
    return call.send(body);
  };
  const verify = (body: object, auth?: { bearer?: string; apiKey?: string }) =>
    post('/v1/regions/32.71/population/verifications', body, auth);
  const purpose = 'Verifikasi pemohon KTP-el di loket 1';

  async function issueKey(scopes: ApiScope[], regionCode: string): Promise<string> {
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Integrator test',
      prefix,
      secretHash: hash,
      scopes,
      regionCode,
      expiresAt: null,
      createdBy: officer.id,
    });
    return `mpp_${prefix}_${secret}`;
  }

  async function lookupAudit(): Promise<
    Array<{ action: string; outcome: string; region_code: string; target_id: string; details: Record<string, unknown> }>
  > {
    return testApp.app
      .get(DataSource)
      .query(`SELECT action, outcome, region_code, target_id, details FROM audit_event WHERE action LIKE 'integration.%' ORDER BY id`);
  }

  it('keeps a counter officer of 32.71 and a 32.71 key out of every 36.74 lookup and list, before any call', async () => {
    const key = await issueKey(['identity:verify', 'business:read', 'vehicle:read'], '32.71');
    const routes: Array<[string, object]> = [
      ['/v1/regions/36.74/population/verifications', { nik: BUDI, fullName: 'BUDI SANTOSO', purpose }],
      ['/v1/regions/36.74/licensing/business-lookups', { nib: '9120000000002', purpose }],
      ['/v1/regions/36.74/vehicle-tax/lookups', { plateNumber: 'B 1234 XYZ', purpose }],
    ];
    for (const [path, body] of routes) {
      expect((await post(path, body).expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect((await post(path, body, { apiKey: key }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    }
    const list = await request(testApp.server).get('/v1/regions/36.74/licensing/received-businesses').set('authorization', officerAuth);
    expect(list.status).toBe(403);
    expect(simulator.received()).toHaveLength(0);
  });

  describe('population registry (Dukcapil)', () => {
    it('verifies a NIK field by field for a counter officer, who sees the NIK whole', async () => {
      const response = await verify({ nik: SITI, fullName: 'Siti Rahayu', birthDate: '1990-08-07', birthPlace: 'Bogor', purpose }).expect(
        200,
      );
      expect(response.body).toEqual({
        nik: SITI,
        result: 'match',
        fields: { fullName: { matches: true, score: 100 }, birthDate: { matches: true }, birthPlace: { matches: true, score: 100 } },
        adapter: 'dukcapil-simulator',
      });
    });

    it('tells which element does not match, and when the registry has no such NIK', async () => {
      const mismatch = await verify({ nik: SITI, fullName: 'SITI RAHAYU', birthDate: '1990-08-08', purpose }).expect(200);
      expect(mismatch.body).toMatchObject({ result: 'no-match', fields: { fullName: { matches: true }, birthDate: { matches: false } } });
      const missing = await verify({ nik: UNKNOWN_PERSON, fullName: 'SIAPA', purpose }).expect(200);
      expect(missing.body).toMatchObject({ result: 'not-found', fields: {} });
    });

    it('serves an integrator’s key with identity:verify for its region, with the NIK masked', async () => {
      const key = await issueKey(['identity:verify'], '32.71');
      const response = await verify(
        { nik: SITI, fullName: 'SITI RAHAYU', purpose: 'Verifikasi akun layanan daring' },
        { apiKey: key },
      ).expect(200);
      expect(response.body).toMatchObject({ nik: '3271********0001', result: 'match' });
    });

    it('refuses a key without the scope, and another region, before any call', async () => {
      const catalogOnly = await issueKey(['catalog:read'], '32.71');
      const denied = await verify({ nik: SITI, fullName: 'X', purpose }, { apiKey: catalogOnly }).expect(403);
      expect(denied.body.code).toBe('API_SCOPE_MISSING');
      const other = await post('/v1/regions/36.74/population/verifications', { nik: BUDI, fullName: 'BUDI SANTOSO', purpose }).expect(403);
      expect(other.body.code).toBe('OUT_OF_SCOPE');
      expect(simulator.received()).toHaveLength(0);
    });

    it.each([
      ['32710147089000011', 'too long'],
      ['3271013208900001', 'day 32'],
      ['3271017208900001', 'day 72 (a woman born on the 32nd)'],
      ['3271991708900001', 'an unknown kecamatan'],
      ['9971014708900001', 'an unknown province'],
      ['32710147089O0001', 'a letter O for a zero'],
    ])('refuses the malformed NIK %s (%s) with INVALID_NIK before any call to Dukcapil', async (nik) => {
      const response = await verify({ nik, fullName: 'SITI RAHAYU', purpose }).expect(400);
      expect(response.body).toMatchObject({ code: 'INVALID_NIK', errors: [{ path: 'nik', message: expect.any(String) }] });
      expect(JSON.stringify(response.body)).not.toContain(nik);
      expect(simulator.received()).toHaveLength(0);
    });

    it('requires a purpose and something to verify', async () => {
      const noPurpose = await verify({ nik: SITI, fullName: 'SITI RAHAYU' }).expect(400);
      expect(noPurpose.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'purpose' })]));
      const nothing = await verify({ nik: SITI, purpose }).expect(400);
      expect(nothing.body.errors).toEqual([expect.objectContaining({ path: 'fullName' })]);
      expect(simulator.received()).toHaveLength(0);
    });

    it('speaks Indonesian by default and English on request', async () => {
      const id = await verify({ nik: '123', purpose }).expect(400);
      expect(id.body.message).toMatch(/^NIK tidak valid/);
      const en = await verify({ nik: '123', purpose }).set('accept-language', 'en').expect(400);
      expect(en.body.message).toBe('nik must be 16 digits');
    });
  });

  describe('business licensing (OSS RBA)', () => {
    const lookup = (body: object, auth?: { bearer?: string; apiKey?: string }) =>
      post('/v1/regions/32.71/licensing/business-lookups', body, auth);

    it('looks a business up by NIB, with activities, licences, status, and the NPWP masked', async () => {
      const response = await lookup({ nib: '8120000000001', kbli: '56101', purpose: 'Pemeriksaan izin usaha' }).expect(200);
      expect(response.body).toMatchObject({
        nib: '8120000000001',
        name: 'CV MAJU JAYA',
        scale: 'micro',
        regionCode: '32.71',
        npwp: '************1000',
        status: { code: '01', label: 'aktif' },
        activities: [{ kbli: '56101', riskLevel: 'R' }],
        licences: [{ id: 'I-202402120001', name: 'Sertifikat Standar' }],
        hasActivity: true,
        adapter: 'oss-simulator',
      });
    });

    it('answers 404 BUSINESS_NOT_FOUND for a NIB OSS does not know', async () => {
      const response = await lookup({ nib: '1111111111111', purpose: 'Pemeriksaan izin usaha' }).expect(404);
      expect(response.body.code).toBe('BUSINESS_NOT_FOUND');
    });

    it.each([
      [{ nib: '812000000001' }, 'INVALID_NIB', 'nib'],
      [{ nib: '812000000000A' }, 'INVALID_NIB', 'nib'],
      [{ nib: '8120000000001', kbli: '5610' }, 'INVALID_KBLI', 'kbli'],
      [{ nib: '8120000000001', kbli: 'A5610' }, 'INVALID_KBLI', 'kbli'],
    ])('refuses %j with %s before any call to OSS', async (input, code, path) => {
      const response = await lookup({ ...input, purpose: 'Pemeriksaan izin usaha' }).expect(400);
      expect(response.body).toMatchObject({ code, errors: [{ path }] });
      expect(simulator.received()).toHaveLength(0);
    });

    it('serves an integrator’s key with business:read', async () => {
      const key = await issueKey(['business:read'], '32.71');
      await lookup({ nib: '8120000000001', purpose: 'Sinkronisasi data perizinan' }, { apiKey: key }).expect(200);
    });
  });

  describe('OSS receiveNIB callback and the licensing desk', () => {
    const dataNIB = {
      nib: '8120000000009',
      tgl_terbit_nib: '2026-11-25',
      oss_id: 'P-202611250009',
      jenis_pelaku_usaha: '02',
      npwp_perseroan: SITI,
      nama_perseroan: 'WARUNG BU SITI',
      alamat: 'Jl. Suryakencana No. 3, Bogor',
      skala_usaha: '01',
      kd_daerah: '3271000000',
      status_nib: '01',
      data_proyek: [{ id_proyek: 'R-0009', kbli: '56102', skala_resiko: 'R', lokasi: 'Kota Bogor' }],
      data_checklist: [],
    };
    const callback = (body: object, token?: string) => {
      const call = request(testApp.server).post('/v1/oss/receiveNIB');
      if (token) void call.set('Token', token);
      return call.send(body);
    };

    it('accepts a business signed with the Token header, answers in OSS’s envelope, and lists it for the region’s desk', async () => {
      const token = ossCallbackToken(CALLBACK, dataNIB.nib, wibDay(new Date()));
      const response = await callback({ dataNIB }, token).expect(200);
      expect(response.body).toEqual({ responreceiveNIB: { status: '1', keterangan: 'Data NIB berhasil diterima' } });

      const list = await request(testApp.server)
        .get('/v1/regions/32.71/licensing/received-businesses')
        .set('authorization', officerAuth)
        .expect(200);
      expect(list.body).toMatchObject({
        total: 1,
        items: [{ nib: '8120000000009', name: 'WARUNG BU SITI', activities: [{ kbli: '56102' }] }],
      });
      // A sole proprietor's NPWP is their NIK: it is never stored or shown whole.
      expect(list.body.items[0].npwp).toBe('************0001');
      const stored = await testApp.app.get(DataSource).query(`SELECT data::text AS data FROM oss_business`);
      expect(stored[0].data).not.toContain(SITI);
    });

    it('refuses a wrong or missing Token in OSS’s envelope, and stores nothing', async () => {
      const other = { ...dataNIB, nib: '8120000000010' };
      const wrong = await callback(
        { dataNIB: other },
        ossCallbackToken({ ...CALLBACK, password: 'wrong-pass' }, other.nib, wibDay(new Date())),
      ).expect(401);
      expect(wrong.body).toEqual({
        responreceiveNIB: { status: '2', keterangan: 'Token tidak valid' },
        status: 401,
        code: 'OSS_TOKEN_INVALID',
        message: expect.any(String),
        requestId: expect.any(String),
      });
      await callback({ dataNIB: other }).expect(401);
      const rows = await testApp.app.get(DataSource).query(`SELECT nib FROM oss_business WHERE nib = $1`, [other.nib]);
      expect(rows).toEqual([]);
    });

    it('refuses a business of a region this platform does not serve', async () => {
      const elsewhere = { ...dataNIB, nib: '8120000000011', kd_daerah: '3522000000' };
      const response = await callback({ dataNIB: elsewhere }, ossCallbackToken(CALLBACK, elsewhere.nib, wibDay(new Date()))).expect(422);
      expect(response.body.responreceiveNIB.status).toBe('2');
    });
  });

  describe('vehicle tax (Samsat)', () => {
    const lookup = (body: object, auth?: { bearer?: string; apiKey?: string }) => post('/v1/regions/32.71/vehicle-tax/lookups', body, auth);
    const vehiclePurpose = 'Pembayaran PKB tahunan';

    it('answers PKB, opsen, SWDKLLJ with penalties and the STNK date, with the owner masked', async () => {
      const response = await lookup({ plateNumber: 'f 1234 abc', purpose: vehiclePurpose }).expect(200);
      expect(response.body).toMatchObject({
        plateNumber: 'F 1234 ABC',
        ownerName: 'A**** F****',
        frameNumberTail: '23456',
        pkb: { principal: 220_000, penalty: 17_600 },
        swdkllj: { principal: 35_000, penalty: 8_000 },
        stnkValidUntil: '2029-03-10',
        total: 437_500,
        adapter: 'samsat-simulator',
      });
      expect(JSON.stringify(response.body)).not.toContain('AHMAD');
    });

    it('answers 404 VEHICLE_NOT_FOUND for an unknown plate, and INVALID_PLATE_NUMBER before any call', async () => {
      expect((await lookup({ plateNumber: 'B 1 A', purpose: vehiclePurpose }).expect(404)).body.code).toBe('VEHICLE_NOT_FOUND');
      simulator.reset();
      for (const plateNumber of ['F 0123 AB', 'QQ 1 A', 'F 12345', '1234 AB']) {
        const response = await lookup({ plateNumber, purpose: vehiclePurpose }).expect(400);
        expect(response.body).toMatchObject({ code: 'INVALID_PLATE_NUMBER', errors: [{ path: 'plateNumber' }] });
      }
      expect(simulator.received()).toHaveLength(0);
    });

    it('serves an integrator’s key with vehicle:read', async () => {
      const key = await issueKey(['vehicle:read'], '32.71');
      await lookup({ plateNumber: 'F 88 XY', purpose: 'Pengingat jatuh tempo PKB' }, { apiKey: key }).expect(200);
    });
  });

  describe('a region without an applied deployment', () => {
    it('answers 503 INTEGRATION_NOT_CONFIGURED', async () => {
      const bojonegoro = await bearerFor(
        testApp.app,
        await createStaff(testApp.app, { role: 'counter_officer', regionCode: '35.22', agencyCode: 'samsat' }),
      );
      const response = await post(
        '/v1/regions/35.22/vehicle-tax/lookups',
        { plateNumber: 'S 1 A', purpose: 'Pembayaran PKB' },
        { bearer: bojonegoro },
      ).expect(503);
      expect(response.body.code).toBe('INTEGRATION_NOT_CONFIGURED');
      expect(response.headers['retry-after']).toBeDefined();
    });
  });

  describe('when a system is slow, failing or down', () => {
    it('ends a lookup of a slow system within its deadline with 504 UPSTREAM_TIMEOUT, while the rest of the API keeps serving', async () => {
      simulator.setFault({ mode: 'slow', delayMs: 10_000, system: 'samsat' });
      const started = Date.now();
      let slowDone = false;
      const slow = post('/v1/regions/32.71/vehicle-tax/lookups', { plateNumber: 'F 1234 ABC', purpose: 'Pembayaran PKB tahunan' }).then(
        (response) => {
          slowDone = true;
          return { response, elapsed: Date.now() - started };
        },
      );
      // The catalogue answers while the lookup still waits for Samsat.
      const mall = await request(testApp.server).get('/v1/regions/32.71/mall').expect(200);
      expect(mall.body.regionCode).toBe('32.71');
      expect(slowDone).toBe(false);
      const { response, elapsed } = await slow;
      expect(response.status).toBe(504);
      expect(response.body).toEqual({ status: 504, code: 'UPSTREAM_TIMEOUT', message: expect.any(String), requestId: expect.any(String) });
      expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Samsat would take 10 s; two attempts of 300 ms (one retry) end it, within the 800 ms call deadline plus scheduling slack.
      expect(elapsed).toBeGreaterThanOrEqual(2 * 300);
      expect(elapsed).toBeLessThan(800 + 1_000);
    });

    it('opens the circuit of a failing system (503 CIRCUIT_OPEN with Retry-After), stops calling it, serves the others, and recovers', async () => {
      simulator.setFault({ mode: 'failing', system: 'oss' });
      const lookup = () =>
        post('/v1/regions/32.71/licensing/business-lookups', { nib: '8120000000001', purpose: 'Pemeriksaan izin usaha' });
      const first = await lookup().expect(503);
      expect(first.body.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(first.headers['retry-after']).toBeDefined();
      expect(first.body).not.toHaveProperty('stack');

      let open;
      for (let attempt = 0; attempt < 5 && !open; attempt += 1) {
        const response = await lookup().expect(503);
        if (response.body.code === 'CIRCUIT_OPEN') open = response;
      }
      expect(open?.headers['retry-after']).toBe(String(COOLDOWN_MS / 1000));
      const calls = simulator.received('oss').length;
      await lookup().expect(503, /CIRCUIT_OPEN/);
      expect(simulator.received('oss')).toHaveLength(calls);

      // Dukcapil and the rest of the API are untouched.
      await verify({ nik: SITI, fullName: 'SITI RAHAYU', purpose }).expect(200);
      await request(testApp.server).get('/health/ready').expect(200);

      simulator.setFault({ mode: 'none' });
      await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 100));
      await lookup().expect(200);
    });

    it('answers 503 UPSTREAM_UNAVAILABLE when the system cuts the connection', async () => {
      simulator.setFault({ mode: 'down', system: 'dukcapil' });
      const response = await verify({ nik: BUDI, fullName: 'BUDI', purpose }).expect(503);
      expect(response.body.code).toBe('UPSTREAM_UNAVAILABLE');
    });
  });

  describe('personal data', () => {
    it('audits every lookup: who, region, purpose, record masked, answer class — never the data', async () => {
      const before = (await lookupAudit()).length;
      await verify({ nik: SITI, fullName: 'SITI RAHAYU', purpose: 'Audit check one' }).expect(200);
      await verify({ nik: UNKNOWN_PERSON, fullName: 'X', purpose: 'Audit check two' }).expect(200);
      await post('/v1/regions/32.71/vehicle-tax/lookups', { plateNumber: 'D 4321 BB', purpose: 'Audit check three' }).expect(200);
      await verify({ nik: 'bad', fullName: 'X', purpose: 'Audit check four' }).expect(400);
      const rows = (await lookupAudit()).slice(before);
      expect(rows).toEqual([
        {
          action: 'integration.population.verify',
          outcome: 'success',
          region_code: '32.71',
          target_id: '3271********0001',
          details: { purpose: 'Audit check one', answer: 'match', adapter: 'dukcapil-simulator' },
        },
        {
          action: 'integration.population.verify',
          outcome: 'success',
          region_code: '32.71',
          target_id: '3271********0009',
          details: { purpose: 'Audit check two', answer: 'not-found', adapter: 'dukcapil-simulator' },
        },
        {
          action: 'integration.vehicle-tax.lookup',
          outcome: 'success',
          region_code: '32.71',
          target_id: 'D 4321 BB',
          details: { purpose: 'Audit check three', answer: 'found', adapter: 'samsat-simulator' },
        },
      ]);
      const all = JSON.stringify(await lookupAudit());
      for (const nik of ALL_NIKS) expect(all).not.toContain(nik);
      expect(all).toContain('error:timeout');
      expect(all).toContain('error:circuit-open');
    });

    it('never writes a NIK to the log, even one put in a URL', async () => {
      await request(testApp.server).get(`/v1/regions/32.71/population/${SITI}`).set('authorization', officerAuth).expect(404);
      const log = logLines.join('\n');
      // Request lines name the route, never the path, so the NIK does not reach them even masked.
      expect(log).toMatch(/"method":"GET","route":"[^"]+"\},"res":\{"statusCode":404\}/);
      expect(log).not.toContain('3271********0001');
      for (const nik of ALL_NIKS) expect(log).not.toContain(nik);
    });
  });
});

describe('integrations with no settings: the API starts its own simulators', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
  });
  afterAll(() => testApp.close());

  it('answers a lookup through the simulator adapters the sample deployment names', async () => {
    const officer = await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil' });
    const response = await request(testApp.server)
      .post('/v1/regions/32.71/population/verifications')
      .set('authorization', await bearerFor(testApp.app, officer))
      .send({ nik: BUDI, fullName: 'BUDI SANTOSO', purpose: 'Verifikasi pemohon' })
      .expect(200);
    expect(response.body).toMatchObject({ result: 'match', adapter: 'dukcapil-simulator' });
  });
});

describe('integrations in production with no simulator URL', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP, {
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'a-production-signing-key-of-32-chars!',
      PERSONAL_DATA_KEYS: `test:${randomBytes(32).toString('base64')}`,
      PERSONAL_DATA_INDEX_KEY: randomBytes(32).toString('base64'),
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml']);
  });
  afterAll(() => testApp.close());

  it('does not start simulators: a region naming one answers 503 INTEGRATION_NOT_CONFIGURED', async () => {
    const officer = await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil' });
    const response = await request(testApp.server)
      .post('/v1/regions/32.71/population/verifications')
      .set('authorization', await bearerFor(testApp.app, officer))
      .send({ nik: BUDI, fullName: 'BUDI SANTOSO', purpose: 'Verifikasi pemohon' })
      .expect(503);
    expect(response.body.code).toBe('INTEGRATION_NOT_CONFIGURED');
  });
});
