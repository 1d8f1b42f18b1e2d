import request from 'supertest';

import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const DESK = '/v1/regions/32.71/agencies/disdukcapil/desk';

describe('counter desk: what an officer chooses from, the line ahead and today’s figures', () => {
  let testApp: TestApp;
  let officer: string;
  let supervisor: string;
  let otherAgency: string;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    const staff = (input: Parameters<typeof createStaff>[1]) =>
      createStaff(testApp.app, input).then((fixture) => bearerFor(testApp.app, fixture));
    officer = await staff({ role: 'counter_officer', regionCode: '32.71', agencyCode: 'disdukcapil', counterCode: 'loket-4' });
    supervisor = await staff({ role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' });
    otherAgency = await staff({ role: 'counter_officer', regionCode: '32.71', agencyCode: 'bapenda' });
  });
  afterAll(() => testApp.close());

  it('offers a supervisor every counter of the agency, and an officer assigned to a counter that one', async () => {
    const forSupervisor = await request(testApp.server).get(DESK).set('Authorization', supervisor).expect(200);
    expect(forSupervisor.body.counters.map((counter: { code: string }) => counter.code)).toEqual(['loket-3', 'loket-4', 'loket-5']);
    expect(forSupervisor.body.services.map((service: { code: string }) => service.code).sort()).toEqual([
      'akta-kelahiran',
      'kartu-keluarga',
      'ktp-el',
    ]);
    expect(forSupervisor.body.sites).toEqual([{ code: 'mpp-kota-bogor', name: 'Mal Pelayanan Publik Kota Bogor' }]);
    const forOfficer = await request(testApp.server).get(DESK).set('Authorization', officer).expect(200);
    expect(forOfficer.body.counters).toEqual([{ code: 'loket-4', name: 'Loket 4' }]);
  });

  it('offers every agency serving at the site as a transfer target, its own first, each with its services', async () => {
    const { transferTargets } = (await request(testApp.server).get(DESK).set('Authorization', officer).expect(200)).body as {
      transferTargets: { siteCode: string; agencyCode: string; agencyName: string; services: { code: string }[] }[];
    };
    expect(transferTargets[0]).toMatchObject({ siteCode: 'mpp-kota-bogor', agencyCode: 'disdukcapil' });
    const agencies = transferTargets.map((target) => target.agencyCode);
    expect(agencies).toContain('bapenda');
    expect(new Set(agencies).size).toBe(agencies.length);
    const bapenda = transferTargets.find((target) => target.agencyCode === 'bapenda');
    expect(bapenda?.services.map((service) => service.code)).toContain('pbb-p2');
    expect(transferTargets.every((target) => target.siteCode === 'mpp-kota-bogor' && target.services.length > 0)).toBe(true);
  });

  it('refuses another agency’s officer and anyone not signed in', async () => {
    const refused = await request(testApp.server).get(DESK).set('Authorization', otherAgency).expect(403);
    expect(refused.body.code).toBe('OUT_OF_SCOPE');
    await request(testApp.server).get(DESK).expect(401);
  });

  it('counts who waits in each of the agency’s lines and what the officer’s counter did today', async () => {
    for (const serviceCode of ['ktp-el', 'ktp-el', 'akta-kelahiran']) {
      await request(testApp.server)
        .post('/v1/regions/32.71/sites/mpp-kota-bogor/tickets')
        .send({ agencyCode: 'disdukcapil', serviceCode })
        .expect(201);
    }
    const counter = '/v1/regions/32.71/agencies/disdukcapil/counters/loket-4';
    await request(testApp.server).post(`${counter}/open`).set('Authorization', officer).send({ siteCode: 'mpp-kota-bogor' }).expect(200);
    await request(testApp.server).post(`${counter}/call-next`).set('Authorization', officer).expect(200);
    await request(testApp.server).post(`${counter}/start`).set('Authorization', officer).expect(200);
    await request(testApp.server).post(`${counter}/finish`).set('Authorization', officer).expect(200);

    const today = await request(testApp.server).get(`${DESK}/today?siteCode=mpp-kota-bogor`).set('Authorization', officer).expect(200);
    const waiting = Object.fromEntries(
      today.body.lines.map((line: { serviceCode: string; waiting: number }) => [line.serviceCode, line.waiting]),
    );
    expect(waiting).toMatchObject({ 'ktp-el': 1, 'akta-kelahiran': 1 });
    expect(today.body.counters).toEqual([expect.objectContaining({ counterCode: 'loket-4', called: 1, served: 1, noShows: 0 })]);
  });

  it('names the missing site as a problem of the query', async () => {
    const refused = await request(testApp.server).get(`${DESK}/today`).set('Authorization', officer).expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
  });
});
