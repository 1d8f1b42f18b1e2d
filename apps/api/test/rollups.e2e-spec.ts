import request from 'supertest';
import { DataSource } from 'typeorm';

import { addRollup, emptyRollup, rollupBucket, type RollupTotals } from '@mpp/domain';
import { NationalFiguresRepository } from '@mpp/persistence';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const SITE = 'mpp-kota-bogor';
const COUNTERS = ['loket-3', 'loket-4', 'loket-5'];

interface RawTicket {
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  serviceDate: string;
  status: string;
  wait: number | null;
  service: number | null;
}

/** The roll-ups as they should be, added up here from the ticket rows one by one. */
function expectedFrom(tickets: RawTicket[]): Map<string, RollupTotals> {
  const rows = new Map<string, RollupTotals>();
  for (const ticket of tickets.filter((t) => ['done', 'no_show', 'cancelled'].includes(t.status))) {
    const key = [ticket.siteCode, ticket.agencyCode, ticket.serviceCode, ticket.serviceDate].join('/');
    const row = rows.get(key) ?? emptyRollup();
    const one = emptyRollup();
    one.tickets = 1;
    one.served = ticket.status === 'done' ? 1 : 0;
    one.noShows = ticket.status === 'no_show' ? 1 : 0;
    one.cancelled = ticket.status === 'cancelled' ? 1 : 0;
    if (ticket.wait !== null) {
      one.waitSecondsSum = ticket.wait;
      one.waitCount = 1;
      one.waitHistogram[rollupBucket(ticket.wait)] = 1;
    }
    if (ticket.service !== null) {
      one.serviceSecondsSum = ticket.service;
      one.serviceCount = 1;
    }
    rows.set(key, addRollup(row, one));
  }
  return rows;
}

describe('daily roll-ups of finished tickets', () => {
  let testApp: TestApp;
  let figures: NationalFiguresRepository;
  const officers: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    for (const counter of COUNTERS) {
      const staff = await createStaff(testApp.app, {
        role: 'counter_officer',
        regionCode: '32.71',
        agencyCode: 'disdukcapil',
        counterCode: counter,
      });
      officers[counter] = await bearerFor(testApp.app, staff);
    }
    figures = new NationalFiguresRepository(testApp.app.get(DataSource));
  });
  afterAll(() => testApp.close());

  const take = (serviceCode: string) =>
    request(testApp.server).post(`/v1/regions/32.71/sites/${SITE}/tickets`).send({ agencyCode: 'disdukcapil', serviceCode }).expect(201);
  const counter = (name: string, action: string, body: object = {}) =>
    request(testApp.server)
      .post(`/v1/regions/32.71/agencies/disdukcapil/counters/${name}/${action}`)
      .set('Authorization', officers[name])
      .send(body)
      .expect(200);

  const rawTickets = async (): Promise<RawTicket[]> =>
    (await testApp.app.get(DataSource).query(
      `SELECT site_code AS "siteCode", agency_code AS "agencyCode", service_code AS "serviceCode",
              to_char(service_date, 'YYYY-MM-DD') AS "serviceDate", status,
              CASE WHEN called_at >= queued_at THEN round(extract(epoch FROM called_at - queued_at))::int END AS wait,
              CASE WHEN status = 'done' THEN round(extract(epoch FROM finished_at - started_at))::int END AS service
       FROM ticket WHERE region_code = '32.71'`,
    )) as RawTicket[];
  const keyed = async () => {
    const rows = await figures.serviceDays('32.71');
    return new Map(
      rows.map((row) => {
        const { siteCode, agencyCode, serviceCode, serviceDate, ...rest } = row;
        const totals: Partial<typeof rest> = { ...rest };
        delete totals.regionCode;
        return [[siteCode, agencyCode, serviceCode, serviceDate].join('/'), totals as RollupTotals];
      }),
    );
  };

  it('counts every finished ticket as counters move them, concurrent finishes included, and a rebuild finds the same', async () => {
    for (let n = 0; n < 9; n++) await take(n % 3 === 0 ? 'kartu-keluarga' : 'ktp-el');
    const cancelled = await take('ktp-el');
    await request(testApp.server).post(`/v1/regions/32.71/tickets/${cancelled.body.id}/cancel`).expect(200);
    for (const name of COUNTERS) await counter(name, 'open', { siteCode: SITE, services: ['ktp-el', 'kartu-keluarga'] });

    // Three rounds at three counters at once: two served and one no-show per round.
    for (let round = 0; round < 3; round++) {
      await Promise.all(COUNTERS.map((name) => counter(name, 'call-next')));
      await Promise.all(COUNTERS.slice(0, 2).map((name) => counter(name, 'start')));
      await Promise.all([...COUNTERS.slice(0, 2).map((name) => counter(name, 'finish')), counter('loket-5', 'skip')]);
    }

    const tickets = await rawTickets();
    expect(tickets.filter((t) => t.status === 'done')).toHaveLength(6);
    const expected = expectedFrom(tickets);
    const live = await keyed();
    expect(live).toEqual(expected);
    const total = [...live.values()].reduce((sum, row) => addRollup(sum, row), emptyRollup());
    expect(total).toMatchObject({ tickets: 10, served: 6, noShows: 3, cancelled: 1, waitCount: 9, serviceCount: 6 });

    // The month row is the days' sum.
    const [month] = await figures.regionMonthsOf('32.71');
    expect({ ...month, regionCode: undefined, month: undefined }).toEqual({ ...total, regionCode: undefined, month: undefined });

    const rebuilt = await figures.rebuild();
    expect(rebuilt.serviceDays).toBe(live.size);
    expect(await keyed()).toEqual(live);
    expect(await figures.regionMonthsOf('32.71')).toEqual([month]);
  });

  it('rebuilds one region from its tickets after its roll-ups were lost or tampered with', async () => {
    const before = await keyed();
    await testApp.app
      .get(DataSource)
      .query(`UPDATE rollup_service_day SET tickets = 0, wait_histogram = DEFAULT WHERE region_code = '32.71'`);
    await testApp.app.get(DataSource).query(`DELETE FROM rollup_region_month WHERE region_code = '32.71'`);
    expect(await keyed()).not.toEqual(before);
    await figures.rebuild('32.71');
    expect(await keyed()).toEqual(before);
    expect(await figures.regionMonthsOf('32.71')).toHaveLength(1);
  });
});
