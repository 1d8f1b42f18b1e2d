import request from 'supertest';
import { DataSource } from 'typeorm';

import { type ApiScope, serviceDateAt } from '@mpp/domain';
import { ApiKeysRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';
import { ComplaintEscalator } from '../src/complaints/complaint-escalator';
import { waitFor, WebhookReceiver } from './support/webhook-receiver';

const BASE = '/v1/regions/32.71';
const DAY = 86_400_000;

/** Weekdays after `from` (YYYY-MM-DD), leaving out `skip`. */
function weekdaysAfter(from: string, count: number, skip: Set<string> = new Set()): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`) + DAY; days.length < count; t += DAY) {
    const day = new Date(t);
    const date = day.toISOString().slice(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !skip.has(date)) days.push(date);
  }
  return days;
}
/** Noon in Kota Bogor (UTC+7) on `date`: what the sweep sees as that local day. */
const noonOf = (date: string) => new Date(`${date}T05:00:00Z`);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

describe('complaint events: webhooks, and escalation to the region admin across cuti bersama', () => {
  let testApp: TestApp;
  let hooks: WebhookReceiver;
  let desk: string;
  let agency: string;
  let integrator: string;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, {
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      RATE_LIMIT_API_KEY_PER_MINUTE: '100000',
      WEBHOOK_POLL_MS: '20',
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    const deskAccount = await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' });
    desk = await bearerFor(testApp.app, deskAccount);
    agency = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    const scopes: ApiScope[] = ['webhooks:manage', 'complaints:read'];
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Dasbor pengaduan',
      prefix,
      secretHash: hash,
      scopes,
      regionCode: '32.71',
      expiresAt: null,
      createdBy: deskAccount.id,
    });
    integrator = `mpp_${prefix}_${secret}`;
    hooks = await new WebhookReceiver().start();
    await request(testApp.server)
      .post('/v1/webhooks/subscriptions')
      .set('x-api-key', integrator)
      .send({ url: hooks.url, events: ['complaint.status_changed', 'complaint.escalated'] })
      .expect(201);
  });
  afterAll(async () => {
    await hooks.stop();
    await testApp.close();
  });

  const file = async (phone: string) => {
    const filed = await request(testApp.server)
      .post(`${BASE}/complaints`)
      .send({
        title: 'Antrean KTP-el tidak dipanggil sesuai urutan',
        account: 'Saya datang pukul 08.00 dan mendapat nomor A-010, tetapi nomor A-015 dipanggil lebih dahulu.',
        incidentDate: '2026-11-30',
        incidentPlace: 'MPP Kota Bogor, loket 3',
        agencyCode: 'disdukcapil',
        category: 'pelayanan',
        anonymous: true,
        reporter: { name: 'Siti Rahayu', phone },
      })
      .expect(201);
    const [{ id }] = (await testApp.app
      .get(DataSource)
      .query(`SELECT id FROM complaint WHERE tracking_code = $1`, [filed.body.trackingCode])) as { id: string }[];
    return { id, trackingCode: filed.body.trackingCode as string, firstResponseDue: filed.body.deadlines.firstResponseDue as string };
  };
  const events = (id: string, type: string) =>
    hooks.received.map((hook) => JSON.parse(hook.body)).filter((body) => body.type === type && body.data.complaintId === id);

  it('sends every move of a complaint to subscribers, with codes and statuses only', async () => {
    const { id, trackingCode } = await file('081300000001');
    for (const action of ['verify', 'assign'])
      await request(testApp.server).post(`${BASE}/complaints/${id}/actions`).set('authorization', desk).send({ action }).expect(200);
    await request(testApp.server)
      .post(`${BASE}/complaints/${id}/actions`)
      .set('authorization', agency)
      .send({ action: 'answer', note: 'Petugas loket 3 telah ditegur.' })
      .expect(200);
    const seen = await waitFor(() => events(id, 'complaint.status_changed').length === 4 && events(id, 'complaint.status_changed'));
    expect(seen.map((body) => `${body.data.action}:${body.data.previousStatus}→${body.data.status}`)).toEqual([
      'file:null→received',
      'verify:received→verified',
      'assign:verified→assigned',
      'answer:assigned→answered',
    ]);
    expect(seen[0].data).toMatchObject({ trackingCode, regionCode: '32.71', agencyCode: 'disdukcapil' });
    // An anonymous complaint stays anonymous to integrators; the account and the agency's note stay inside too.
    const bodies = hooks.received.map((hook) => hook.body).join('\n');
    expect(bodies).not.toMatch(/Siti|Rahayu|0813|6281300000001|A-015|ditegur/);
  });

  it('counts the deadline past cuti bersama, then escalates once to the region admin’s inbox and to subscribers', async () => {
    const db = testApp.app.get(DataSource);
    const holidays = async () =>
      new Set(((await db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS d FROM national_holiday`)) as { d: string }[]).map((r) => r.d));
    const today = serviceDateAt(new Date(), 7);
    // Without cuti bersama the first response would be due on the fifth working day after today.
    const naiveDue = weekdaysAfter(today, 5, await holidays())[4];
    // The government declares three of those weekdays cuti bersama (joint leave): they stop counting.
    const leave = weekdaysAfter(today, 4, await holidays()).slice(1, 4);
    for (const date of leave)
      await db.query(
        `INSERT INTO national_holiday (date, kind, reason) VALUES ($1, 'cuti_bersama', 'Uji cuti bersama') ON CONFLICT (date) DO NOTHING`,
        [date],
      );
    const { id, firstResponseDue } = await file('081300000002');
    expect(firstResponseDue).toBe(weekdaysAfter(today, 5, await holidays())[4]);
    expect(firstResponseDue > naiveDue).toBe(true);

    const escalator = testApp.app.get(ComplaintEscalator);
    const escalated = async () =>
      ((await db.query(`SELECT escalated_at FROM complaint WHERE id = $1`, [id])) as { escalated_at: Date | null }[])[0].escalated_at;
    // The day after the naive deadline, and on the real deadline itself, the complaint is in time.
    await escalator.sweep(noonOf(dayAfter(naiveDue)));
    await escalator.sweep(noonOf(firstResponseDue));
    expect(await escalated()).toBeNull();
    // The day after, it goes to the region admin: once, however many sweeps run.
    await Promise.all([escalator.sweep(noonOf(dayAfter(firstResponseDue))), escalator.sweep(noonOf(dayAfter(firstResponseDue)))]);
    expect(await escalated()).not.toBeNull();
    await escalator.sweep(noonOf(dayAfter(dayAfter(firstResponseDue))));

    const inbox = await request(testApp.server)
      .get(`${BASE}/notifications`)
      .query({ unread: true, pageSize: 100 })
      .set('authorization', desk)
      .expect(200);
    const mine = inbox.body.items.filter((item: { subjectId: string }) => item.subjectId === id);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'complaint.escalated',
        subjectType: 'complaint',
        details: expect.objectContaining({ escalatedFor: 'first_response', firstResponseDue, agencyCode: 'disdukcapil' }),
        readAt: null,
      }),
    ]);
    expect(JSON.stringify(inbox.body)).not.toMatch(/Siti|Rahayu|0813/);
    // The agency complained about does not read the desk's inbox.
    await request(testApp.server).get(`${BASE}/notifications`).set('authorization', agency).expect(403);
    const read = await request(testApp.server).post(`${BASE}/notifications/${mine[0].id}/read`).set('authorization', desk).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const after = await request(testApp.server)
      .get(`${BASE}/notifications`)
      .query({ unread: true, pageSize: 100 })
      .set('authorization', desk)
      .expect(200);
    expect(after.body.items.map((item: { id: string }) => item.id)).not.toContain(mine[0].id);
    await request(testApp.server).post(`/v1/regions/36.74/notifications/${mine[0].id}/read`).set('authorization', desk).expect(403);

    const [hook] = await waitFor(() => events(id, 'complaint.escalated').length > 0 && events(id, 'complaint.escalated'));
    expect(hook.data).toMatchObject({ action: 'escalate', status: 'received', escalatedFor: 'first_response' });
    expect(events(id, 'complaint.escalated')).toHaveLength(1);
  });
});
