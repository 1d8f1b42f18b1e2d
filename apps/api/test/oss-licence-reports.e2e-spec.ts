import request from 'supertest';
import { DataSource } from 'typeorm';

import { type SimulatorServer, startSimulatorServer } from '@mpp/integrations';
import { ApplicationsRepository } from '@mpp/persistence';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { waitFor } from './support/webhook-receiver';

const BASE = '/v1/regions/32.71';
const AGENCY = 'dpmptsp-kota-bogor';
const LICENCE = { nib: '8120000000001', licenceId: 'I-202402120001' };

describe('OSS licence status reports through the outbox (receiveLicenseStatus)', () => {
  let simulator: SimulatorServer;
  let testApp: TestApp;
  let supervisor: string;

  beforeAll(async () => {
    simulator = await startSimulatorServer();
    testApp = await startTestApp(API_APP, {
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      INTEGRATIONS_SIMULATOR_URL: simulator.url,
      INTEGRATIONS_ATTEMPT_TIMEOUT_MS: '300',
      INTEGRATIONS_CALL_TIMEOUT_MS: '800',
      INTEGRATIONS_BREAKER_COOLDOWN_MS: '200',
      WEBHOOK_POLL_MS: '20',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_RETRY_WINDOW_MS: '60000',
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    supervisor = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: AGENCY }),
    );
  });
  afterAll(async () => {
    await testApp.close();
    await simulator.close();
  });
  beforeEach(() => simulator.reset());

  const apply = (licence?: object) =>
    request(testApp.server)
      .post(`${BASE}/applications`)
      .send({
        agencyCode: AGENCY,
        serviceCode: 'nib-oss',
        applicant: { name: 'Budi Santoso', nik: '3674021203850003', phone: '081299990000' },
        ...(licence && { licence }),
      });
  const act = (id: string, body: object) =>
    request(testApp.server).post(`${BASE}/applications/${id}/actions`).set('authorization', supervisor).send(body).expect(200);
  const detail = async (id: string) =>
    (await request(testApp.server).get(`${BASE}/applications/${id}`).set('authorization', supervisor).expect(200)).body;
  const idOf = async (trackingCode: string) =>
    (await testApp.app.get(ApplicationsRepository).findByTrackingCode('32.71', trackingCode))?.id as string;
  /** The `IZINSTATUS` bodies OSS received for a licence id, in the order they arrived. */
  const reports = (licenceId: string) =>
    simulator
      .received('oss')
      .filter((call) => call.path.endsWith('/receiveLicenseStatus'))
      .map((call) => (call.body as { IZINSTATUS: Record<string, string> }).IZINSTATUS)
      .filter((report) => report.id_izin === licenceId);

  it('reports each change of status to OSS and keeps OSS’s answer on the application', async () => {
    const { trackingCode } = (await apply(LICENCE).expect(201)).body;
    const id = await idOf(trackingCode);
    await waitFor(() => reports(LICENCE.licenceId).length === 1, 15_000, 'OSS to hear of the submission');
    expect(reports(LICENCE.licenceId)[0]).toMatchObject({ nib: LICENCE.nib, kd_status: '10' });

    await act(id, { action: 'verify' });
    await act(id, { action: 'process' });
    await act(id, { action: 'complete', note: 'Sertifikat standar terbit; ambil di loket 1' });
    await waitFor(() => reports(LICENCE.licenceId).length === 4, 15_000, 'OSS to hear of every move');
    expect(
      reports(LICENCE.licenceId)
        .map((report) => report.kd_status)
        .sort(),
    ).toEqual(['10', '20', '40', '50']);
    const last = reports(LICENCE.licenceId).find((report) => report.kd_status === '50');
    expect(last).toMatchObject({ keterangan: 'Sertifikat standar terbit; ambil di loket 1' });
    expect(last?.tgl_status).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const answered = await waitFor(async () => {
      const body = await detail(id);
      return body.licence?.lastReport?.statusCode === '50' && body;
    });
    expect(answered.licence).toMatchObject({
      ...LICENCE,
      lastReport: { statusCode: '50', status: 'completed', outcome: 'accepted', message: null },
    });
  });

  it('keeps the report while OSS is down and delivers it when OSS is back', async () => {
    simulator.setFault({ mode: 'down', system: 'oss' });
    const { trackingCode } = (await apply(LICENCE).expect(201)).body;
    const id = await idOf(trackingCode);
    const dataSource = testApp.app.get(DataSource);
    const attempts = async () =>
      (
        (await dataSource.query(
          `SELECT d.attempts, d.status FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id
           WHERE d.target = 'oss' AND e.payload->>'applicationId' = $1`,
          [id],
        )) as { attempts: number; status: string }[]
      )[0];
    await waitFor(async () => (await attempts())?.attempts >= 2, 15_000, 'two failed attempts');
    expect((await attempts()).status).toBe('pending');
    expect((await detail(id)).licence.lastReport).toBeNull();

    simulator.setFault({ mode: 'none' });
    await waitFor(async () => (await attempts())?.status === 'delivered', 30_000, 'the report once OSS is back');
    expect((await detail(id)).licence.lastReport).toMatchObject({ statusCode: '10', outcome: 'accepted' });
  });

  it('keeps OSS’s refusal of an unknown licence as the answer, without retrying it', async () => {
    const { trackingCode } = (await apply({ nib: LICENCE.nib, licenceId: 'I-UNKNOWN' }).expect(201)).body;
    const id = await idOf(trackingCode);
    const refused = await waitFor(async () => {
      const body = await detail(id);
      return body.licence?.lastReport && body;
    });
    expect(refused.licence.lastReport).toMatchObject({
      statusCode: '10',
      outcome: 'refused',
      message: expect.stringContaining('tidak ditemukan'),
    });
    const [delivery] = (await testApp.app
      .get(DataSource)
      .query(
        `SELECT d.status, d.attempts FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id WHERE d.target = 'oss' AND e.payload->>'applicationId' = $1`,
        [id],
      )) as { status: string; attempts: number }[];
    expect(delivery).toEqual({ status: 'failed', attempts: 1 });
    expect(reports('I-UNKNOWN')).toHaveLength(1);
  });

  it('tells OSS nothing of an application without a licence, and refuses a malformed NIB', async () => {
    const { trackingCode } = (await apply().expect(201)).body;
    expect((await detail(await idOf(trackingCode))).licence).toBeNull();
    const bad = await apply({ nib: '81200', licenceId: 'I-1' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_NIB', errors: [{ path: 'licence.nib' }] });
    // The relay has had time for many rounds; nothing reached OSS.
    const relayed = async () =>
      (
        (await testApp.app
          .get(DataSource)
          .query(`SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NULL AND payload->'data'->>'trackingCode' = $1`, [
            trackingCode,
          ])) as { n: number }[]
      )[0].n === 0;
    await waitFor(relayed, 15_000, 'the outbox to be relayed');
    expect(simulator.received('oss')).toHaveLength(0);
  });
});
