import request from 'supertest';
import { DataSource } from 'typeorm';

import { laporStatusKey, type SimulatorServer, startSimulatorServer } from '@mpp/integrations';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { LaporForwarder, STATUS_CHECK_EVERY_MS } from '../src/complaints/lapor-forwarder';

const MINUTE = 60_000;

describe('forwarding complaints to SP4N-LAPOR!', () => {
  let simulator: SimulatorServer;
  let testApp: TestApp;
  let bogorDesk: string;
  let tangselDesk: string;

  beforeAll(async () => {
    simulator = await startSimulatorServer();
    testApp = await startTestApp(API_APP, {
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      INTEGRATIONS_SIMULATOR_URL: simulator.url,
      // The job retries over an hour of simulated time; the breaker (real time) stays out of it.
      INTEGRATIONS_BREAKER_FAILURES: '1000',
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
    bogorDesk = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    tangselDesk = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '36.74' }));
  });
  afterAll(async () => {
    await testApp.close();
    await simulator.close();
  });
  beforeEach(() => simulator.reset());

  const complaint = (extra: Record<string, unknown> = {}) => ({
    title: 'Antrean KTP-el tidak dipanggil sesuai urutan',
    account: 'Saya datang pukul 08.00 dan mendapat nomor A-010, tetapi nomor A-015 dipanggil lebih dahulu.',
    incidentDate: '2026-11-30',
    incidentPlace: 'MPP, loket 3',
    agencyCode: 'disdukcapil',
    category: 'pelayanan',
    reporter: { name: 'Budi Santoso', phone: '081311112222' },
    ...extra,
  });
  const idOf = async (trackingCode: string) =>
    ((await testApp.app.get(DataSource).query(`SELECT id FROM complaint WHERE tracking_code = $1`, [trackingCode])) as { id: string }[])[0]
      .id;
  const job = async (id: string) =>
    (
      (await testApp.app.get(DataSource).query(`SELECT state, attempts FROM complaint_forwarding WHERE complaint_id = $1`, [id])) as {
        state: string;
        attempts: number;
      }[]
    )[0];

  it('keeps retrying with backoff while LAPOR! is down for an hour, loses nothing, then delivers and mirrors its tracking id', async () => {
    simulator.setFault({ mode: 'down', system: 'lapor' });
    // Kota Tangerang Selatan forwards every complaint (feedback.complaints.forwardToLapor: all).
    const filed = await request(testApp.server)
      .post('/v1/regions/36.74/complaints')
      .send(complaint({ anonymous: true }))
      .expect(201);
    const id = await idOf(filed.body.trackingCode);
    const forwarder = testApp.app.get(LaporForwarder);
    const start = Date.now();
    let attemptsWhileDown = 0;
    for (let minute = 0; minute <= 60; minute++) {
      const { delivered, retried } = await forwarder.run(new Date(start + minute * MINUTE));
      expect(delivered).toBe(0);
      attemptsWhileDown += retried;
    }
    // 30 s doubling to 10 minutes: tries at 0, ½, 1½, 3½, 7½, 15½, 25½, 35½, 45½, 55½ minutes.
    expect(attemptsWhileDown).toBe(10);
    expect(await job(id)).toEqual({ state: 'pending', attempts: 10 });

    simulator.setFault({ mode: 'none' });
    let delivered = 0;
    for (let minute = 61; minute <= 70 && delivered === 0; minute++)
      delivered = (await forwarder.run(new Date(start + minute * MINUTE))).delivered;
    expect(delivered).toBe(1);
    expect(await job(id)).toEqual({ state: 'delivered', attempts: 11 });
    // Every attempt (the ten cut off, then the one answered) carried the same reference, so LAPOR! can drop duplicates.
    expect(simulator.received('lapor').map((sent) => (sent.body as { reference: string }).reference)).toEqual(
      Array(11).fill(filed.body.trackingCode),
    );
    expect(JSON.stringify(simulator.received('lapor')[0].body)).not.toMatch(/Budi|0813/);

    const seen = await request(testApp.server).get(`/v1/regions/36.74/complaints/${id}`).set('authorization', tangselDesk).expect(200);
    expect(seen.body.lapor).toMatchObject({
      forwarding: 'delivered',
      trackingId: expect.stringMatching(/^LPR-/),
      status: 'Belum Terverifikasi',
      attempts: 11,
      lastError: null,
    });
    expect(seen.body.history.map((event: { action: string }) => event.action)).toEqual(['file', 'forwarded']);
    // Once delivered, it is not sent again.
    expect((await forwarder.run(new Date(start + 120 * MINUTE))).delivered).toBe(0);
  });

  it('forwards in Kota Bogor only the complaints its desk chooses, once', async () => {
    const filed = await request(testApp.server).post('/v1/regions/32.71/complaints').send(complaint()).expect(201);
    const id = await idOf(filed.body.trackingCode);
    const forwarder = testApp.app.get(LaporForwarder);
    expect(await job(id)).toBeUndefined();
    const chosen = await request(testApp.server)
      .post(`/v1/regions/32.71/complaints/${id}/forward`)
      .set('authorization', bogorDesk)
      .expect(202);
    expect(chosen.body.lapor).toMatchObject({ forwarding: 'pending', trackingId: null, status: null, attempts: 0 });
    await request(testApp.server).post(`/v1/regions/32.71/complaints/${id}/forward`).set('authorization', bogorDesk).expect(202);
    expect((await forwarder.run(new Date(Date.now() + MINUTE))).delivered).toBe(1);
    const [sent] = simulator.received('lapor');
    expect(sent.body).toMatchObject({ reference: filed.body.trackingCode, reporter: { name: 'Budi Santoso' }, location_id: '32.71' });
    const audit = await testApp.app
      .get(DataSource)
      .query(`SELECT actor_type, details FROM audit_event WHERE action = 'complaint.lapor.forward' AND target_id = $1`, [id]);
    expect(audit).toEqual([
      { actor_type: 'system', details: expect.objectContaining({ laporTrackingId: expect.stringMatching(/^LPR-/) }) },
    ]);
  });

  it('reads LAPOR!’s status back onto the complaint, keeps reading through an hour of LAPOR! downtime, and loses no change', async () => {
    const filed = await request(testApp.server).post('/v1/regions/36.74/complaints').send(complaint()).expect(201);
    const id = await idOf(filed.body.trackingCode);
    const forwarder = testApp.app.get(LaporForwarder);
    const start = Date.now();
    const at = (minutes: number) => new Date(start + minutes * MINUTE);
    await forwarder.run(at(1));
    const view = async () =>
      (await request(testApp.server).get(`/v1/regions/36.74/complaints/${id}`).set('authorization', tangselDesk).expect(200)).body;
    const { trackingId } = (await view()).lapor;
    // Other tests' complaints are read too (every due one is): count only this one's reads.
    const reads = () => simulator.received('lapor').filter((sent) => sent.path.includes(`/complaints/${trackingId}/followups`)).length;

    // Not read again before it is due; then LAPOR! has verified it and sent it on.
    await forwarder.checkStatuses(at(2));
    expect(reads()).toBe(0);
    simulator.setState(laporStatusKey(trackingId), 'Proses');
    const due = 1 + STATUS_CHECK_EVERY_MS / MINUTE;
    expect((await forwarder.checkStatuses(at(due))).changed).toBe(1);
    expect(reads()).toBe(1);
    expect((await view()).lapor).toMatchObject({ status: 'Proses', statusFailures: 0, statusCheckedAt: at(due).toISOString() });

    // LAPOR! answers the complaint, then goes down for an hour: the reads fail with backoff, visibly.
    simulator.setState(laporStatusKey(trackingId), 'Selesai');
    simulator.setFault({ mode: 'down', system: 'lapor' });
    const outage = 2 * due;
    for (let minute = outage; minute <= outage + 60; minute++) expect((await forwarder.checkStatuses(at(minute))).changed).toBe(0);
    // 30 s doubling to 10 minutes, as forwarding: 10 reads in the hour, not 61.
    expect(reads()).toBe(1 + 10);
    const during = (await view()).lapor;
    expect(during).toMatchObject({ status: 'Proses', statusFailures: 10, lastError: expect.any(String) });
    expect(Date.parse(during.nextAttemptAt)).toBeGreaterThan(at(outage + 60).getTime());

    simulator.setFault({ mode: 'none' });
    for (let minute = outage + 61; minute <= outage + 75 && (await view()).lapor.status !== 'Selesai'; minute++)
      await forwarder.checkStatuses(at(minute));
    const after = await view();
    expect(after.lapor).toMatchObject({ status: 'Selesai', statusFailures: 0, lastError: null });
    expect(after.history.map((event: { action: string }) => event.action)).toEqual(['file', 'forwarded', 'lapor', 'lapor']);
    expect(after.history.at(-1).note).toBe(`SP4N-LAPOR! ${trackingId}: Proses → Selesai`);
    const outbox = await testApp.app
      .get(DataSource)
      .query(
        `SELECT payload FROM outbox_event WHERE type = 'complaint.lapor_status_changed' AND payload->'data'->>'complaintId' = $1 ORDER BY created_at`,
        [id],
      );
    expect(outbox.map((row: { payload: { data: { laporStatus: string } } }) => row.payload.data.laporStatus)).toEqual([
      'Proses',
      'Selesai',
    ]);
  });

  it('stops reading LAPOR!’s status once our complaint is closed or archived', async () => {
    const filed = await request(testApp.server).post('/v1/regions/36.74/complaints').send(complaint()).expect(201);
    const id = await idOf(filed.body.trackingCode);
    const forwarder = testApp.app.get(LaporForwarder);
    const start = Date.now() + 1000 * MINUTE;
    await forwarder.run(new Date(start));
    await request(testApp.server)
      .post(`/v1/regions/36.74/complaints/${id}/actions`)
      .set('authorization', tangselDesk)
      .send({ action: 'archive', note: 'Isi pengaduan tidak dapat dipahami' })
      .expect(200);
    const { trackingId } = (
      await request(testApp.server).get(`/v1/regions/36.74/complaints/${id}`).set('authorization', tangselDesk).expect(200)
    ).body.lapor;
    await forwarder.checkStatuses(new Date(start + 2 * STATUS_CHECK_EVERY_MS));
    expect(simulator.received('lapor').filter((sent) => sent.path.includes(trackingId))).toEqual([]);
  });
});
