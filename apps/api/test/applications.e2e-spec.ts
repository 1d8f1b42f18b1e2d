import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';

import request from 'supertest';
import { DataSource } from 'typeorm';

import type { ApiScope } from '@mpp/domain';
import { ApiKeysRepository, type ApplicationRow, ApplicationsRepository, CalendarOverridesRepository } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, newId, newKeyPrefix, newSecret, NikCipher, resolvePersonalDataKeys } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { SealedValuesResealer } from '../src/personal-data/sealed-values-resealer.service';

const NIK = '3271014708900001';
const PHONE = '081234567890';
const BASE = '/v1/regions/32.71';

describe('applications (permohonan)', () => {
  let testApp: TestApp;
  let supervisor: string;
  let officer: string;
  let regionAdmin: string;
  let otherAgency: string;
  let supervisorId: string;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
    const sup = await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bapenda' });
    supervisorId = sup.id;
    supervisor = await bearerFor(testApp.app, sup);
    officer = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'counter_officer', regionCode: '32.71', agencyCode: 'bapenda', counterCode: 'loket-6' }),
    );
    regionAdmin = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    otherAgency = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
  });
  afterAll(() => testApp.close());

  const apply = (extra: Record<string, unknown> = {}) =>
    request(testApp.server)
      .post(`${BASE}/applications`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Siti Rahayu', nik: NIK, phone: PHONE }, ...extra });
  const act = (id: string, body: object, auth = supervisor) =>
    request(testApp.server).post(`${BASE}/applications/${id}/actions`).set('authorization', auth).send(body);
  const detail = (id: string, auth = supervisor) => request(testApp.server).get(`${BASE}/applications/${id}`).set('authorization', auth);
  const idOf = async (trackingCode: string) =>
    (await testApp.app.get(ApplicationsRepository).findByTrackingCode('32.71', trackingCode))?.id as string;

  async function issueKey(scopes: ApiScope[], agencyCode: string | null = null, regionCode: string | null = '32.71'): Promise<string> {
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Portal Kota Bogor',
      prefix,
      secretHash: hash,
      scopes,
      regionCode,
      agencyCode,
      expiresAt: null,
      createdBy: supervisorId,
    });
    return `mpp_${prefix}_${secret}`;
  }

  it('takes an application online: tracking code, checklist from the service standard, a working-day due date', async () => {
    const response = await apply({ notes: 'Mutasi PBB' }).expect(201);
    expect(response.body).toMatchObject({
      trackingCode: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/),
      status: 'submitted',
      service: { agencyCode: 'bapenda', serviceCode: 'pbb-p2', serviceName: expect.stringContaining('PBB') },
      sla: { workingDays: 5, dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), flag: 'on_track' },
      requirements: [
        { name: 'KTP-el', mandatory: true, checked: false },
        { name: 'SPPT PBB tahun terakhir', mandatory: true, checked: false },
        { name: 'Bukti kepemilikan tanah', mandatory: false, checked: false },
      ],
      history: [{ action: 'create', toStatus: 'submitted', actorType: 'applicant' }],
    });
    expect(JSON.stringify(response.body)).not.toMatch(/3271014708900001|Siti|081234567890/);
    expect(new Date(`${response.body.sla.dueDate}T00:00:00Z`).getUTCDay()).not.toBe(0);
    expect(new Date(`${response.body.sla.dueDate}T00:00:00Z`).getUTCDay()).not.toBe(6);
  });

  it('counts the due date past national holidays and a closure of the site', async () => {
    const wibToday = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const day = (date: string, plus: number) => new Date(Date.parse(`${date}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
    const holidays = new Set(
      ((await testApp.app.get(DataSource).query(`SELECT to_char(date, 'YYYY-MM-DD') AS d FROM national_holiday`)) as { d: string }[]).map(
        (row) => row.d,
      ),
    );
    const weekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    // Close the mall on the next two working days: the clock must not count them.
    const working: string[] = [];
    for (let plus = 1; working.length < 7; plus++)
      if (weekday(day(wibToday, plus)) && !holidays.has(day(wibToday, plus))) working.push(day(wibToday, plus));
    for (const date of working.slice(0, 2)) {
      await testApp.app.get(CalendarOverridesRepository).insert({
        id: randomUUID(),
        regionCode: '32.71',
        siteCode: 'mpp-kota-bogor',
        agencyCode: null,
        serviceCode: null,
        date,
        kind: 'closed',
        hours: null,
        reason: 'Pemadaman listrik',
        createdBy: supervisorId,
      });
    }
    const response = await apply().expect(201);
    expect(response.body.sla.dueDate).toBe(working[6]);
  });

  it('shows the public nothing personal, and the same 404 for an unknown code and a wrong phone', async () => {
    const { trackingCode } = (await apply({ notes: 'Catatan pribadi pemohon' }).expect(201)).body;
    const tracked = await request(testApp.server)
      .get(`${BASE}/tracking/${trackingCode.toLowerCase().replace('-', '')}`)
      .expect(200);
    expect(Object.keys(tracked.body).sort()).toEqual([
      'regionCode',
      'service',
      'sla',
      'status',
      'submittedAt',
      'survey',
      'trackingCode',
      'updatedAt',
    ]);
    expect(JSON.stringify(tracked.body)).not.toMatch(/Siti|3271|0812|Catatan/);

    const unknown = await request(testApp.server).get(`${BASE}/tracking/ZZZZZ-ZZZZZ`).expect(404);
    const wrongPhone = await request(testApp.server)
      .post(`${BASE}/tracking/${trackingCode}/details`)
      .send({ phone: '081299998888' })
      .expect(404);
    expect(unknown.body.code).toBe('APPLICATION_NOT_FOUND');
    expect(wrongPhone.body.code).toBe('APPLICATION_NOT_FOUND');
    // Another region does not know the code either.
    await request(testApp.server).get(`/v1/regions/36.74/tracking/${trackingCode}`).expect(404);
    const invalid = await request(testApp.server).get(`${BASE}/tracking/not-a-code`).set('accept-language', 'en').expect(400);
    expect(invalid.body).toMatchObject({ code: 'TRACKING_CODE_INVALID', errors: [{ path: 'trackingCode' }] });
    expect((await request(testApp.server).get(`${BASE}/tracking/not-a-code`).expect(400)).body.message).toMatch(/Kode pelacakan/);

    const own = await request(testApp.server)
      .post(`${BASE}/tracking/${trackingCode}/details`)
      .send({ phone: '+6281234567890' })
      .expect(200);
    expect(own.body).toMatchObject({ status: 'submitted', history: [{ action: 'create' }] });
    expect(own.body.history[0].actorId).toBeUndefined();
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const before = (await testApp.app.get(DataSource).query(`SELECT count(*)::int AS n FROM application`))[0].n;
    expect((await apply({ applicant: { name: 'Siti', nik: '3271014708900000', phone: PHONE } }).expect(400)).body).toMatchObject({
      code: 'INVALID_NIK',
      errors: [{ path: 'applicant.nik' }],
    });
    expect((await apply({ applicant: { name: 'Siti', nik: NIK, phone: '123' } }).expect(400)).body).toMatchObject({
      code: 'PHONE_INVALID',
      errors: [{ path: 'applicant.phone' }],
    });
    expect((await apply({ serviceCode: 'no-such-service' }).expect(404)).body).toMatchObject({ code: 'SERVICE_NOT_FOUND' });
    expect((await apply({ status: 'completed' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await testApp.app.get(DataSource).query(`SELECT count(*)::int AS n FROM application`))[0].n).toBe(before);
  });

  it('goes through verification, revision and back, with every move timed, attributed and audited', async () => {
    const { trackingCode, sla } = (await apply().expect(201)).body;
    const id = await idOf(trackingCode);
    const verified = await act(id, { action: 'verify', checked: ['KTP-el', 'SPPT PBB tahun terakhir'] }).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', requirements: [{ checked: true }, { checked: true }, { checked: false }] });
    expect((await act(id, { action: 'verify' }).expect(409)).body.code).toBe('APPLICATION_STATE_CONFLICT');
    expect((await act(id, { action: 'request_revision' }).expect(400)).body).toMatchObject({
      code: 'APPLICATION_NOTE_REQUIRED',
      errors: [{ path: 'note' }],
    });
    expect((await act(id, { action: 'verify', checked: ['Surat sakti'] }).expect(400)).body.code).toBe('REQUIREMENT_UNKNOWN');

    const sentBack = await act(id, { action: 'request_revision', note: 'SPPT tidak terbaca; unggah ulang' }).expect(200);
    expect(sentBack.body).toMatchObject({
      status: 'needs_revision',
      lastNote: 'SPPT tidak terbaca; unggah ulang',
      sla: { dueDate: null, flag: 'paused' },
    });
    const tracked = await request(testApp.server).get(`${BASE}/tracking/${trackingCode}`).expect(200);
    expect(tracked.body.sla).toMatchObject({ dueDate: null, flag: 'paused' });

    await request(testApp.server).post(`${BASE}/tracking/${trackingCode}/resubmit`).send({ phone: '0812-9999-0000' }).expect(404);
    const back = await request(testApp.server)
      .post(`${BASE}/tracking/${trackingCode}/resubmit`)
      .send({ phone: PHONE, note: 'Sudah saya perbaiki' })
      .expect(200);
    // Sent back and returned the same day: that day counted once, so the due date is where it was.
    expect(back.body).toMatchObject({ status: 'submitted', sla: { dueDate: sla.dueDate } });

    await act(id, { action: 'verify' }).expect(200);
    await act(id, { action: 'process' }).expect(200);
    expect((await act(id, { action: 'complete' }).expect(400)).body.code).toBe('APPLICATION_NOTE_REQUIRED');
    const done = await act(id, { action: 'complete', note: 'SPPT dapat diambil di loket 6' }).expect(200);
    expect(done.body).toMatchObject({ status: 'completed', sla: { flag: 'finished', dueDate: sla.dueDate } });
    expect(done.body.history.map((event: { action: string }) => event.action)).toEqual([
      'create',
      'verify',
      'request_revision',
      'resubmit',
      'verify',
      'process',
      'complete',
    ]);
    expect(done.body.history[1]).toMatchObject({
      actorType: 'staff',
      actorId: supervisorId,
      fromStatus: 'submitted',
      toStatus: 'verified',
    });
    expect(done.body.history[3]).toMatchObject({ actorType: 'applicant', actorId: null });
    await request(testApp.server).post(`${BASE}/tracking/${trackingCode}/withdraw`).send({ phone: PHONE }).expect(409);

    const audits = (await testApp.app
      .get(DataSource)
      .query(`SELECT action, outcome FROM audit_event WHERE actor_id = $1 AND details->'params'->>'id' = $2 ORDER BY occurred_at`, [
        supervisorId,
        id,
      ])) as { action: string; outcome: string }[];
    expect(audits.filter((row) => row.outcome === 'success')).toHaveLength(5);
    expect(audits.every((row) => row.action === 'POST /v1/regions/:code/applications/:id/actions')).toBe(true);
  });

  it('lets exactly one of two concurrent moves win', async () => {
    const { trackingCode } = (await apply().expect(201)).body;
    const id = await idOf(trackingCode);
    const results = await Promise.all([
      act(id, { action: 'verify' }),
      act(id, { action: 'reject', note: 'Objek pajak bukan di Kota Bogor' }),
      act(id, { action: 'verify' }, officer),
      request(testApp.server).post(`${BASE}/tracking/${trackingCode}/withdraw`).send({ phone: PHONE }),
    ]);
    expect(results.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
    const history = (await detail(id).expect(200)).body.history;
    expect(history).toHaveLength(2);
  });

  it('fails a move computed from a status that went away and came back (revision, then resubmission)', async () => {
    const { trackingCode } = (await apply().expect(201)).body;
    const id = await idOf(trackingCode);
    const repository = testApp.app.get(ApplicationsRepository);
    const stale = (await repository.findByTrackingCode('32.71', trackingCode)) as ApplicationRow;
    await act(id, { action: 'verify' }).expect(200);
    await act(id, { action: 'request_revision', note: 'KTP buram' }).expect(200);
    await request(testApp.server).post(`${BASE}/tracking/${trackingCode}/resubmit`).send({ phone: PHONE }).expect(200);
    const move = (row: typeof stale) =>
      repository.move('32.71', id, {
        from: row.status,
        readAt: row.updatedAt,
        to: 'verified',
        dueDate: row.dueDate,
        dueSoonFrom: row.dueSoonFrom,
        submitted: false,
        finished: false,
        event: {
          action: 'verify',
          at: new Date(),
          serviceDate: row.dueDate ?? '2026-12-01',
          actorType: 'staff',
          actorId: supervisorId,
          note: null,
        },
      });
    // Same status as when it was read, yet no longer the same file: the stale move loses.
    expect(stale.status).toBe('submitted');
    expect(await move(stale)).toBeUndefined();
    const fresh = (await repository.findByTrackingCode('32.71', trackingCode)) as ApplicationRow;
    expect(fresh.status).toBe('submitted');
    expect((await move(fresh))?.status).toBe('verified');
  });

  it('shows the NIK whole only to the agency’s counter staff, audited; masked to the region admin; nothing to another agency', async () => {
    const { trackingCode } = (await apply().expect(201)).body;
    const id = await idOf(trackingCode);
    const own = await detail(id).expect(200);
    expect(own.body.applicant).toEqual({ name: 'Siti Rahayu', nik: NIK, phone: '+6281234567890', email: null });
    const reads = (await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'application.nik.read' AND target_id = $1`, [id])) as {
      n: number;
    }[];
    expect(reads[0].n).toBe(1);
    const admin = await detail(id, regionAdmin).expect(200);
    expect(admin.body.applicant).toMatchObject({ name: 'S*** R*****', nik: '3271********0001', phone: '+62812*****890' });
    expect((await detail(id, otherAgency).expect(404)).body.code).toBe('APPLICATION_NOT_FOUND');
    const list = await request(testApp.server).get(`${BASE}/agencies/bapenda/applications`).set('authorization', otherAgency).expect(403);
    expect(list.body.code).toBe('OUT_OF_SCOPE');
    await request(testApp.server).get(`/v1/regions/36.74/applications/${id}`).set('authorization', supervisor).expect(403);
  });

  it('lists an agency’s applications by status and date, paged, NIK masked', async () => {
    const first = await request(testApp.server)
      .get(`${BASE}/agencies/bapenda/applications`)
      .query({ status: 'submitted', pageSize: 2 })
      .set('authorization', supervisor)
      .expect(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 2, items: [{ status: 'submitted' }, { status: 'submitted' }] });
    expect(first.body.total).toBeGreaterThan(2);
    expect(first.body.items[0].applicant.nik).toBe('3271********0001');
    const second = await request(testApp.server)
      .get(`${BASE}/agencies/bapenda/applications`)
      .query({ status: 'submitted', pageSize: 2, page: 2 })
      .set('authorization', supervisor)
      .expect(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const none = await request(testApp.server)
      .get(`${BASE}/agencies/bapenda/applications`)
      .query({ from: '2020-01-01', to: '2020-12-31' })
      .set('authorization', supervisor)
      .expect(200);
    expect(none.body.total).toBe(0);
    const todays = await request(testApp.server)
      .get(`${BASE}/agencies/bapenda/applications`)
      .query({ from: today, to: today })
      .set('authorization', supervisor)
      .expect(200);
    expect(todays.body.total).toBeGreaterThan(3);
    const overdue = await request(testApp.server)
      .get(`${BASE}/agencies/bapenda/applications`)
      .query({ sla: 'overdue' })
      .set('authorization', supervisor)
      .expect(200);
    expect(overdue.body.total).toBe(0);
    expect(
      (
        await request(testApp.server)
          .get(`${BASE}/agencies/bapenda/applications`)
          .query({ sla: 'late' })
          .set('authorization', supervisor)
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('counts overdue applications per agency', async () => {
    const { trackingCode } = (await apply().expect(201)).body;
    const id = await idOf(trackingCode);
    // A file whose due date has passed (as if it had waited since last month).
    await testApp.app
      .get(DataSource)
      .query(`UPDATE application SET due_date = current_date - 3, due_soon_from = current_date - 4 WHERE id = $1`, [id]);
    const counts = await request(testApp.server).get(`${BASE}/applications/overdue-counts`).set('authorization', regionAdmin).expect(200);
    expect(counts.body.items).toEqual([{ agencyCode: 'bapenda', overdue: 1 }]);
    const listed = await request(testApp.server)
      .get(`${BASE}/agencies/bapenda/applications`)
      .query({ sla: 'overdue' })
      .set('authorization', supervisor)
      .expect(200);
    expect(listed.body.items.map((item: { id: string; sla: { flag: string } }) => [item.id, item.sla.flag])).toEqual([[id, 'overdue']]);
    const own = await request(testApp.server).get(`${BASE}/applications/overdue-counts`).set('authorization', otherAgency).expect(200);
    expect(own.body.items).toEqual([]);
    const otherAgencyKey = await issueKey(['applications:read'], 'disdukcapil');
    const keyCounts = await request(testApp.server).get(`${BASE}/applications/overdue-counts`).set('x-api-key', otherAgencyKey).expect(200);
    expect(keyCounts.body.items).toEqual([]);
  });

  it('makes an application at the counter from the ticket being served', async () => {
    const counter = (action: string, body: object = {}) =>
      request(testApp.server).post(`${BASE}/agencies/bapenda/counters/loket-6/${action}`).set('authorization', officer).send(body);
    const fromCounter = () =>
      request(testApp.server)
        .post(`${BASE}/agencies/bapenda/counters/loket-6/applications`)
        .set('authorization', officer)
        .send({ applicant: { name: 'Budi Santoso', nik: '3674021203850003', phone: '081311112222' } });
    await counter('open', { siteCode: 'mpp-kota-bogor' }).expect(200);
    expect((await fromCounter().expect(409)).body.code).toBe('NO_CURRENT_TICKET');
    const ticket = await request(testApp.server)
      .post(`${BASE}/sites/mpp-kota-bogor/tickets`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2' })
      .expect(201);
    await counter('call-next').expect(200);
    await counter('start').expect(200);
    const created = await fromCounter().expect(201);
    expect(created.body).toMatchObject({
      channel: 'counter',
      ticketId: ticket.body.id,
      status: 'submitted',
      applicant: { nik: '3674021203850003' },
    });
    expect(created.body.service.serviceCode).toBe('pbb-p2');
  });

  it('serves integrators by scope: applications:read lists, applications:write files and moves', async () => {
    const reader = await issueKey(['applications:read']);
    const writer = await issueKey(['applications:read', 'applications:write'], 'bapenda');
    const listed = await request(testApp.server).get(`${BASE}/agencies/bapenda/applications`).set('x-api-key', reader).expect(200);
    expect(listed.body.items[0].applicant.nik).toMatch(/\*{8}/);
    const file = { serviceCode: 'pbb-p2', applicant: { name: 'Dewi Lestari', nik: '3522015505000002', phone: '085700001111' } };
    const denied = await request(testApp.server)
      .post(`${BASE}/agencies/bapenda/applications`)
      .set('x-api-key', reader)
      .send(file)
      .expect(403);
    expect(denied.body.code).toBe('API_SCOPE_MISSING');
    const created = await request(testApp.server)
      .post(`${BASE}/agencies/bapenda/applications`)
      .set('x-api-key', writer)
      .send(file)
      .expect(201);
    expect(created.body).toMatchObject({ channel: 'integrator', applicant: { nik: '3522********0002', name: 'D*** L******' } });
    const moved = await act(created.body.id, { action: 'verify' }, '').set('x-api-key', writer).expect(200);
    expect(moved.body.history[1]).toMatchObject({ actorType: 'api-key' });
    // A key spanning the region reads but does not act; another agency's key sees nothing; a national key is refused.
    const regionWriter = await issueKey(['applications:read', 'applications:write']);
    await request(testApp.server).get(`${BASE}/applications/${created.body.id}`).set('x-api-key', regionWriter).expect(200);
    const refused = await act(created.body.id, { action: 'process' }, '').set('x-api-key', regionWriter).expect(403);
    expect(refused.body).toMatchObject({ code: 'OUT_OF_SCOPE', errors: [{ path: 'X-API-Key' }] });
    const otherAgency = await issueKey(['applications:read', 'applications:write'], 'disdukcapil');
    await request(testApp.server).get(`${BASE}/applications/${created.body.id}`).set('x-api-key', otherAgency).expect(404);
    await act(created.body.id, { action: 'process' }, '').set('x-api-key', otherAgency).expect(404);
    const foreignFiling = await request(testApp.server)
      .post(`${BASE}/agencies/bapenda/applications`)
      .set('x-api-key', otherAgency)
      .send(file)
      .expect(403);
    expect(foreignFiling.body.code).toBe('OUT_OF_SCOPE');
    const national = await issueKey(['applications:read', 'applications:write'], null, null);
    const nationalRefused = await request(testApp.server)
      .get(`${BASE}/applications/${created.body.id}`)
      .set('x-api-key', national)
      .expect(403);
    expect(nationalRefused.body.code).toBe('OUT_OF_SCOPE');
    await request(testApp.server).post(`${BASE}/agencies/bapenda/applications`).set('authorization', supervisor).send(file).expect(403);
  });

  it('keeps no NIK readable in the database, for applications and bookings alike, and finds one by its blind index', async () => {
    const dataSource = testApp.app.get(DataSource);
    // The first day ahead with a free slot: earlier tests close the mall on the next working
    // days, and weekends and holidays have none, whatever day and hour the suite runs.
    let freeSlot: { start: string } | undefined;
    for (let plus = 1; plus <= 30 && !freeSlot; plus++) {
      const date = new Date(Date.now() + 7 * 3_600_000 + plus * 86_400_000).toISOString().slice(0, 10);
      const slots = await request(testApp.server)
        .get(`${BASE}/sites/mpp-kota-bogor/agencies/disdukcapil/services/ktp-el/slots`)
        .query({ date })
        .expect(200);
      freeSlot = (slots.body.items as { start: string; available: number }[]).find((item) => item.available > 0);
    }
    if (!freeSlot) throw new Error('no free booking slot in the next 30 days');
    const slot = { body: { items: [freeSlot] } };
    await request(testApp.server)
      .post(`${BASE}/bookings`)
      .send({
        siteCode: 'mpp-kota-bogor',
        agencyCode: 'disdukcapil',
        serviceCode: 'ktp-el',
        slotStart: slot.body.items[0].start,
        name: 'Siti Rahayu',
        phone: '081277776666',
        nik: NIK,
      })
      .expect(201);
    const tables = (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)) as { tablename: string }[];
    const found: string[] = [];
    for (const { tablename } of tables) {
      const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${tablename}" t WHERE t::text LIKE '%' || $1 || '%'`, [
        NIK,
      ])) as { n: number }[];
      if (row.n > 0) found.push(tablename);
    }
    expect(found).toEqual([]);
    const [booking] = (await dataSource.query(
      `SELECT id, nik_encrypted, nik_key_id, nik_blind_index FROM booking WHERE phone = '+6281277776666'`,
    )) as {
      id: string;
      nik_encrypted: string;
      nik_key_id: string;
      nik_blind_index: string;
    }[];
    const cipher = testApp.app.get(NikCipher);
    expect(cipher.open(booking.nik_encrypted, booking.id)).toBe(NIK);
    expect(booking.nik_blind_index).toBe(cipher.blindIndex(NIK));
    const byNik = await testApp.app.get(ApplicationsRepository).findByNikIndex('32.71', cipher.blindIndex(NIK));
    expect(byNik.length).toBeGreaterThan(5);
    expect(byNik.every((row) => cipher.open(row.nikEncrypted, row.id) === NIK)).toBe(true);
    // Sealed for its row: a ciphertext copied onto another application does not open there.
    expect(() => cipher.open(byNik[0].nikEncrypted, byNik[1].id)).toThrow();
  });

  it('seals again, bound to its row, a NIK sealed before row binding; a NIK copied onto another row does not open there', async () => {
    const dataSource = testApp.app.get(DataSource);
    const cipher = testApp.app.get(NikCipher);
    const [first, second] = await Promise.all([apply().expect(201), apply().expect(201)]);
    const [a, b] = await Promise.all([idOf(first.body.trackingCode), idOf(second.body.trackingCode)]);
    // As written before this version: AES-GCM under the fixed additional data `mpp:nik`, format v1.
    const keys = resolvePersonalDataKeys(testApp.app.get<AppConfig>(APP_CONFIG));
    const nonce = randomBytes(12);
    const legacy = createCipheriv('aes-256-gcm', keys.keys[0].key, nonce).setAAD(Buffer.from('mpp:nik'));
    const body = Buffer.concat([legacy.update(NIK, 'utf8'), legacy.final()]);
    const v1 = ['v1', keys.keys[0].id, ...[nonce, legacy.getAuthTag(), body].map((part) => part.toString('base64url'))].join('.');
    await dataSource.query(`UPDATE application SET nik_encrypted = $2 WHERE region_code = '32.71' AND id = $1`, [a, v1]);
    // Someone with write access to the table copies a's sealed NIK onto b.
    const copied = cipher.seal('3674021203850003', a).encrypted;
    await dataSource.query(`UPDATE application SET nik_encrypted = $2 WHERE region_code = '32.71' AND id = $1`, [b, copied]);

    expect((await testApp.app.get(SealedValuesResealer).run()).application).toBeGreaterThanOrEqual(1);
    const stored = async (id: string) =>
      ((await dataSource.query(`SELECT nik_encrypted FROM application WHERE id = $1`, [id])) as { nik_encrypted: string }[])[0]
        .nik_encrypted;
    const resealed = await stored(a);
    expect(resealed).toMatch(/^v2\./);
    expect(cipher.open(resealed, a)).toBe(NIK);
    expect(() => cipher.open(resealed, b)).toThrow();
    expect(await stored(b)).toBe(copied);
    expect(() => cipher.open(copied, b)).toThrow();
    // The agency's officer is shown b's masked NIK, never the NIK the copy carries.
    const shown = await detail(b, officer).expect(200);
    expect(shown.body.applicant).toMatchObject({ nik: '3271********0001' });
    expect(JSON.stringify(shown.body)).not.toContain('3674021203850003');
  });
});
