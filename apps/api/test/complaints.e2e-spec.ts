import request from 'supertest';
import { DataSource } from 'typeorm';

import { type ApiScope, serviceDateAt } from '@mpp/domain';
import { ApiKeysRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { ComplaintEscalator } from '../src/complaints/complaint-escalator';

const BASE = '/v1/regions/32.71';
const NIK = '3271014708900001';

describe('complaints (pengaduan)', () => {
  let testApp: TestApp;
  let desk: string;
  let agency: string;
  let otherAgency: string;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
    desk = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    agency = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
    otherAgency = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bapenda' }),
    );
  });
  afterAll(() => testApp.close());

  const complaint = (extra: Record<string, unknown> = {}, phone = '081234567890') => ({
    title: 'Antrean KTP-el tidak dipanggil sesuai urutan',
    account: 'Saya datang pukul 08.00 dan mendapat nomor A-010, tetapi nomor A-015 dipanggil lebih dahulu.',
    incidentDate: '2026-11-30',
    incidentPlace: 'MPP Kota Bogor, loket 3',
    agencyCode: 'disdukcapil',
    serviceCode: 'ktp-el',
    category: 'pelayanan',
    reporter: { name: 'Siti Rahayu', phone, nik: NIK },
    ...extra,
  });
  const file = (body: object) => request(testApp.server).post(`${BASE}/complaints`).send(body);
  const act = (id: string, body: object, auth = desk) =>
    request(testApp.server).post(`${BASE}/complaints/${id}/actions`).set('authorization', auth).send(body);
  const detail = (id: string, auth: string) => request(testApp.server).get(`${BASE}/complaints/${id}`).set('authorization', auth);
  const idOf = async (trackingCode: string) =>
    ((await testApp.app.get(DataSource).query(`SELECT id FROM complaint WHERE tracking_code = $1`, [trackingCode])) as { id: string }[])[0]
      .id;

  it('takes an anonymous complaint through verify, assign, answer, the citizen’s reply, a second answer and close; the agency never learns who filed it', async () => {
    const filed = await file(complaint({ anonymous: true })).expect(201);
    expect(filed.body).toMatchObject({
      trackingCode: expect.stringMatching(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/),
      status: 'received',
      publicStatus: 'belum_terverifikasi',
      deadlines: { firstResponseDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), overdue: null },
      message: 'Simpan kode pelacakan ini untuk memantau dan menanggapi pengaduan Anda',
    });
    const { trackingCode } = filed.body;
    const id = await idOf(trackingCode);

    await act(id, { action: 'verify' }).expect(200);
    expect((await act(id, { action: 'answer', note: 'x' }, agency).expect(409)).body.code).toBe('COMPLAINT_STATE_CONFLICT');
    await act(id, { action: 'assign' }).expect(200);
    // The agency answers; the desk cannot answer for it, and another agency cannot see it.
    expect((await act(id, { action: 'answer', note: 'x' }).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    await detail(id, otherAgency).expect(404);

    const seen = await detail(id, agency).expect(200);
    expect(seen.body).toMatchObject({ anonymous: true, reporter: null, status: 'assigned', title: expect.any(String) });
    expect(JSON.stringify(seen.body)).not.toMatch(/Siti|Rahayu|0812|6281234567890|3271014708900001|3271\*/);
    const listed = await request(testApp.server).get(`${BASE}/complaints`).set('authorization', agency).expect(200);
    expect(JSON.stringify(listed.body)).not.toMatch(/Siti|Rahayu|0812|6281234567890|3271/);
    // The region's complaint desk may reach the reporter; the NIK stays masked.
    expect((await detail(id, desk).expect(200)).body.reporter).toEqual({
      name: 'Siti Rahayu',
      phone: '+6281234567890',
      nik: '3271********0001',
    });

    const noNote = await act(id, { action: 'answer' }, agency).set('accept-language', 'en').expect(400);
    expect(noNote.body).toMatchObject({ code: 'COMPLAINT_NOTE_REQUIRED', errors: [{ path: 'note' }] });
    await act(id, { action: 'answer', note: 'Petugas telah ditegur; urutan panggilan kini diawasi supervisor.' }, agency).expect(200);

    const proof = { phone: '081234567890', note: 'Hari ini antrean masih belum tertib.' };
    await request(testApp.server)
      .post(`${BASE}/complaint-tracking/${trackingCode}/reply`)
      .send({ ...proof, phone: '081200000000' })
      .expect(404);
    // The reporter reads the agency's answer with their phone number, so they can reply to it.
    const tracked = await request(testApp.server)
      .post(`${BASE}/complaint-tracking/${trackingCode}`)
      .send({ phone: '081234567890' })
      .expect(200);
    expect(tracked.body).toMatchObject({
      status: 'answered',
      messages: [{ from: 'agency', note: 'Petugas telah ditegur; urutan panggilan kini diawasi supervisor.', at: expect.any(String) }],
    });
    expect(JSON.stringify(tracked.body)).not.toMatch(/actorId|staff/);
    const replied = await request(testApp.server).post(`${BASE}/complaint-tracking/${trackingCode}/reply`).send(proof).expect(200);
    expect(replied.body).toMatchObject({ status: 'replied', publicStatus: 'proses' });
    expect(replied.body.messages.map((message: { from: string }) => message.from)).toEqual(['agency', 'reporter']);
    await act(id, { action: 'answer', note: 'Supervisor kini berjaga di loket 3 setiap pagi.' }, agency).expect(200);
    const closed = await request(testApp.server)
      .post(`${BASE}/complaint-tracking/${trackingCode}/close`)
      .send({ phone: '081234567890' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', publicStatus: 'selesai' });

    const history = (await detail(id, desk).expect(200)).body.history as { action: string; actorType: string }[];
    expect(history.map((event) => `${event.action}:${event.actorType}`)).toEqual([
      'file:citizen',
      'verify:staff',
      'assign:staff',
      'answer:staff',
      'reply:citizen',
      'answer:staff',
      'close:citizen',
    ]);
  });

  it('archives an unintelligible complaint with a note and keeps secret ones out of the public list', async () => {
    const noise = await file(complaint({ title: 'asdfgh jkl', account: 'qwertyuiop asdfghjkl zxcvbnm qwerty' }, '081300000001')).expect(
      201,
    );
    const noiseId = await idOf(noise.body.trackingCode);
    expect((await act(noiseId, { action: 'archive' }).expect(400)).body.code).toBe('COMPLAINT_NOTE_REQUIRED');
    expect((await act(noiseId, { action: 'archive', note: 'Isi pengaduan tidak dapat dipahami' }).expect(200)).body.publicStatus).toBe(
      'diarsipkan',
    );
    // The reporter reads why, from the desk.
    const archived = await request(testApp.server)
      .post(`${BASE}/complaint-tracking/${noise.body.trackingCode}`)
      .send({ phone: '081300000001' })
      .expect(200);
    expect(archived.body.messages).toEqual([{ from: 'desk', note: 'Isi pengaduan tidak dapat dipahami', at: expect.any(String) }]);

    const open = await file(complaint({ title: 'Toilet lantai 2 rusak sejak sepekan' }, '081300000002')).expect(201);
    const secret = await file(
      complaint({ title: 'Dugaan pungutan liar di loket 3', category: 'pungli', secret: true }, '081300000003'),
    ).expect(201);
    for (const filed of [open, secret]) await act(await idOf(filed.body.trackingCode), { action: 'verify' }).expect(200);
    const titles = (await request(testApp.server).get(`${BASE}/complaints/public`).expect(200)).body.items.map(
      (item: { title: string }) => item.title,
    );
    expect(titles).toContain('Toilet lantai 2 rusak sejak sepekan');
    expect(titles).not.toContain('Dugaan pungutan liar di loket 3');
    expect(titles).not.toContain('asdfgh jkl');
  });

  it('limits public filing per phone number', async () => {
    for (let i = 0; i < 5; i++) await file(complaint({}, '081399999999')).expect(201);
    const refused = await file(complaint({}, '081399999999')).set('accept-language', 'en').expect(429);
    expect(refused.body.code).toBe('COMPLAINT_LIMIT_REACHED');
    await file(complaint({}, '081399999998')).expect(201);
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const count = async () => Number((await testApp.app.get(DataSource).query(`SELECT count(*)::int AS n FROM complaint`))[0].n);
    const before = await count();
    expect((await file(complaint({ category: 'gosip' })).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await file(complaint({ incidentDate: '2999-01-01' })).expect(400)).body).toMatchObject({
      code: 'INCIDENT_DATE_INVALID',
      errors: [{ path: 'incidentDate' }],
    });
    expect((await file(complaint({ reporter: { name: 'Siti', phone: '12', nik: NIK } })).expect(400)).body.code).toBe('PHONE_INVALID');
    expect((await file(complaint({ agencyCode: 'tidak-ada' })).expect(404)).body.code).toBe('AGENCY_NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('takes complaints from an integrator with complaints:write, and refuses a key without it', async () => {
    const key = async (scopes: ApiScope[]) => {
      const prefix = newKeyPrefix();
      const { secret, hash } = newSecret();
      const [{ id: createdBy }] = await testApp.app.get(DataSource).query(`SELECT id FROM staff_account LIMIT 1`);
      await testApp.app
        .get(ApiKeysRepository)
        .insert({ id: newId(), name: 'SP4N kab', prefix, secretHash: hash, scopes, regionCode: '32.71', expiresAt: null, createdBy });
      return `mpp_${prefix}_${secret}`;
    };
    const writer = await key(['complaints:write']);
    const filed = await request(testApp.server)
      .post(`${BASE}/complaints/received`)
      .set('x-api-key', writer)
      .send(complaint({}, '081300000010'))
      .expect(201);
    const [{ channel }] = await testApp.app
      .get(DataSource)
      .query(`SELECT channel FROM complaint WHERE tracking_code = $1`, [filed.body.trackingCode]);
    expect(channel).toBe('integrator');
    const reader = await key(['applications:read']);
    expect(
      (await request(testApp.server).post(`${BASE}/complaints/received`).set('x-api-key', reader).send(complaint()).expect(403)).body.code,
    ).toBe('API_SCOPE_MISSING');
  });

  it('shows a key bound to one agency only that agency’s complaints, and none of another agency', async () => {
    const [{ id: createdBy }] = await testApp.app.get(DataSource).query(`SELECT id FROM staff_account LIMIT 1`);
    const key = async (agencyCode?: string) => {
      const prefix = newKeyPrefix();
      const { secret, hash } = newSecret();
      await testApp.app.get(ApiKeysRepository).insert({
        id: newId(),
        name: 'Sistem instansi',
        prefix,
        secretHash: hash,
        scopes: ['complaints:read', 'complaints:write'],
        regionCode: '32.71',
        agencyCode,
        expiresAt: null,
        createdBy,
      });
      return `mpp_${prefix}_${secret}`;
    };
    const ours = await file(complaint({ title: 'Loket KTP-el tutup lebih awal' }, '081300000020')).expect(201);
    const theirs = await file(
      complaint({ title: 'Tagihan PBB tidak sesuai', agencyCode: 'bapenda', serviceCode: 'pbb-p2' }, '081300000021'),
    ).expect(201);
    const disdukcapil = await key('disdukcapil');
    const listed = (await request(testApp.server).get(`${BASE}/complaints`).set('x-api-key', disdukcapil).expect(200)).body.items as {
      agencyCode: string;
      trackingCode: string;
    }[];
    expect(listed.map((item) => item.trackingCode)).toContain(ours.body.trackingCode);
    expect(listed.every((item) => item.agencyCode === 'disdukcapil')).toBe(true);
    const theirId = await idOf(theirs.body.trackingCode);
    await request(testApp.server).get(`${BASE}/complaints/${theirId}`).set('x-api-key', disdukcapil).expect(404);
    await request(testApp.server)
      .post(`${BASE}/complaints/${theirId}/actions`)
      .set('x-api-key', disdukcapil)
      .send({ action: 'answer', note: 'x' })
      .expect(404);
    // A key of the whole region sees both.
    const region = (
      await request(testApp.server)
        .get(`${BASE}/complaints`)
        .set('x-api-key', await key())
        .expect(200)
    ).body.items as {
      trackingCode: string;
    }[];
    expect(region.map((item) => item.trackingCode)).toEqual(expect.arrayContaining([ours.body.trackingCode, theirs.body.trackingCode]));
  });

  it('escalates a complaint past its deadline to the region admin, once', async () => {
    const filed = await file(complaint({}, '081300000020')).expect(201);
    const id = await idOf(filed.body.trackingCode);
    const escalator = testApp.app.get(ComplaintEscalator);
    const later = new Date(Date.now() + 40 * 86_400_000);
    expect(await escalator.sweep(later)).toBeGreaterThanOrEqual(1);
    expect(await escalator.sweep(later)).toBe(0);
    const escalated = await request(testApp.server)
      .get(`${BASE}/complaints`)
      .query({ escalated: true, pageSize: 100 })
      .set('authorization', desk)
      .expect(200);
    expect(escalated.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const history = (await detail(id, desk).expect(200)).body.history as { action: string; actorType: string; note: string }[];
    expect(history.at(-1)).toMatchObject({ action: 'escalate', actorType: 'system', note: 'first_response' });
  });

  it('counts the deadline in the region’s working days, skipping cuti bersama', async () => {
    // Make each of the next eight weekdays a cuti bersama: the five working days start after them.
    const today = serviceDateAt(new Date(), 7);
    const weekdaysAfter = (from: string, count: number) => {
      const days: string[] = [];
      for (let t = Date.parse(`${from}T00:00:00Z`) + 86_400_000; days.length < count; t += 86_400_000) {
        const day = new Date(t);
        if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
      }
      return days;
    };
    const [leave, worked] = [weekdaysAfter(today, 8), weekdaysAfter(today, 13)];
    for (const date of leave) {
      await testApp.app
        .get(DataSource)
        .query(
          `INSERT INTO national_holiday (date, kind, reason) VALUES ($1, 'cuti_bersama', 'Uji cuti bersama') ON CONFLICT (date) DO NOTHING`,
          [date],
        );
    }
    const holidays = new Set(
      ((await testApp.app.get(DataSource).query(`SELECT to_char(date, 'YYYY-MM-DD') AS d FROM national_holiday`)) as { d: string }[]).map(
        (r) => r.d,
      ),
    );
    const expected = worked.filter((day) => !holidays.has(day))[4];
    const filed = await file(complaint({}, '081300000030')).expect(201);
    expect(filed.body.deadlines.firstResponseDue).toBe(expected);
    expect(filed.body.deadlines.firstResponseDue > leave[7]).toBe(true);
  });
});
