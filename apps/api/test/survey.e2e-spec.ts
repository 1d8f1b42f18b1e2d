import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { serviceDateAt } from '@mpp/domain';
import { applySampleDeployments, bearerFor, createStaff, registerDevice, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const BOGOR = '/v1/regions/32.71';
const TANGSEL = '/v1/regions/36.74';
const ALL_FOUR = { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 };
const ALL_THREE = { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 };

describe('satisfaction survey (SKM) and its index (IKM)', () => {
  let testApp: TestApp;
  let bogorKiosk: string;
  let tangselKiosk: string;
  let officer: string;
  let disdukcapilSupervisor: string;
  let bapendaSupervisor: string;
  let nationalAdmin: string;
  const today = serviceDateAt(new Date(), 7);

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
    bogorKiosk = await registerDevice(testApp.app, { regionCode: '32.71', siteCode: 'mpp-kota-bogor', kind: 'kiosk' });
    tangselKiosk = await registerDevice(testApp.app, { regionCode: '36.74', siteCode: 'mpp-tangsel', kind: 'kiosk' });
    const staff = staffBearer;
    officer = await staff('counter_officer', 'disdukcapil', 'loket-3');
    disdukcapilSupervisor = await staff('agency_supervisor', 'disdukcapil');
    bapendaSupervisor = await staff('agency_supervisor', 'bapenda');
    nationalAdmin = await staff('national_admin');
    await request(testApp.server)
      .post(`${BOGOR}/agencies/disdukcapil/counters/loket-3/open`)
      .set('authorization', officer)
      .send({ siteCode: 'mpp-kota-bogor', services: ['ktp-el'] })
      .expect(200);
  });
  afterAll(() => testApp.close());

  const staffBearer = (role: 'counter_officer' | 'agency_supervisor' | 'national_admin', agencyCode?: string, counterCode?: string) =>
    createStaff(testApp.app, { role, regionCode: role === 'national_admin' ? undefined : '32.71', agencyCode, counterCode }).then((s) =>
      bearerFor(testApp.app, s),
    );

  const answer = (base: string, body: object, headers: Record<string, string> = {}) =>
    request(testApp.server).post(`${base}/survey-responses`).set(headers).send(body);
  const storedResponses = async () =>
    Number((await testApp.app.get(DataSource).query(`SELECT count(*)::int AS n FROM survey_response`))[0].n);

  async function takeTicket(): Promise<string> {
    const ticket = await request(testApp.server)
      .post(`${BOGOR}/sites/mpp-kota-bogor/tickets`)
      .send({ agencyCode: 'disdukcapil', serviceCode: 'ktp-el', phone: '081234567890' })
      .expect(201);
    return ticket.body.id as string;
  }
  async function serveNext(): Promise<void> {
    const counter = (action: string) =>
      request(testApp.server).post(`${BOGOR}/agencies/disdukcapil/counters/loket-3/${action}`).set('authorization', officer).send({});
    await counter('call-next').expect(200);
    await counter('start').expect(200);
    await counter('finish').expect(200);
  }

  it('serves the questionnaire by element code in Indonesian and English, with the deployment’s own wording', async () => {
    const bogor = await request(testApp.server).get(`${BOGOR}/survey-form`).expect(200);
    expect(bogor.body.questions.map((q: { element: string }) => q.element)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(bogor.body.questions[8].answers).toEqual([
      { value: 1, label: { id: 'Buruk', en: 'Poor' } },
      { value: 2, label: { id: 'Cukup', en: 'Fair' } },
      { value: 3, label: { id: 'Baik', en: 'Good' } },
      { value: 4, label: { id: 'Sangat baik', en: 'Very good' } },
    ]);
    const tangsel = await request(testApp.server).get(`${TANGSEL}/survey-form`).expect(200);
    expect(tangsel.body.questions[8].question.en).toBe('How comfortable are the waiting hall and the facilities of the MPP?');
    expect(tangsel.body.questions[0]).toEqual(bogor.body.questions[0]);
  });

  it('opens for a ticket once it is finished, takes one response, and says so on the form', async () => {
    const ticketId = await takeTicket();
    const early = await answer(BOGOR, { ticketId, answers: ALL_FOUR }).expect(409);
    expect(early.body.code).toBe('SURVEY_NOT_OPEN');
    await serveNext();

    const page = await request(testApp.server).get(`${BOGOR}/tickets/${ticketId}`).expect(200);
    expect(page.body.survey).toBe(`/v1/regions/32.71/survey-form?ticketId=${ticketId}`);
    const before = await request(testApp.server).get(page.body.survey).expect(200);
    expect(before.body.subject).toMatchObject({
      kind: 'ticket',
      agencyCode: 'disdukcapil',
      serviceCode: 'ktp-el',
      open: true,
      answered: false,
    });

    const stored = await answer(BOGOR, {
      ticketId,
      answers: ALL_THREE,
      profile: { ageBand: '30_39', sex: 'female', education: 'd4_s1', occupation: 'private_employee' },
      suggestion: 'Ruang tunggu perlu tambahan kursi',
    }).expect(201);
    expect(stored.body).toEqual({ message: 'Terima kasih atas penilaian Anda', elementsAnswered: 9 });

    const again = await answer(BOGOR, { ticketId, answers: ALL_FOUR }).set('accept-language', 'en').expect(409);
    expect(again.body).toMatchObject({
      code: 'SURVEY_ALREADY_ANSWERED',
      message: 'this ticket or application already has its survey response',
    });
    const after = await request(testApp.server).get(`${BOGOR}/survey-form`).query({ ticketId }).expect(200);
    expect(after.body.subject.answered).toBe(true);
  });

  it('stores exactly one response when the same ticket’s answer is fired many times at once', async () => {
    const ticketId = await takeTicket();
    await serveNext();
    const before = await storedResponses();
    const responses = await Promise.all(Array.from({ length: 12 }, () => answer(BOGOR, { ticketId, answers: ALL_FOUR })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(11).fill(409)]);
    expect(await storedResponses()).toBe(before + 1);
  });

  it('refuses bad answers with a stable code and the field, in both languages, and stores nothing', async () => {
    const ticketId = await takeTicket();
    await serveNext();
    const before = await storedResponses();
    const wrongElement = await answer(BOGOR, { ticketId, answers: { ...ALL_FOUR, U10: 4 } }).expect(400);
    expect(wrongElement.body).toMatchObject({ code: 'SURVEY_ANSWER_INVALID', errors: [{ path: 'answers.U10' }] });
    expect(wrongElement.body.message).toMatch(/kode unsur U1 sampai U9/);
    const outOfScale = await answer(BOGOR, { ticketId, answers: { ...ALL_FOUR, U4: 5 } })
      .set('accept-language', 'en')
      .expect(400);
    expect(outOfScale.body).toMatchObject({ code: 'SURVEY_ANSWER_INVALID', errors: [{ path: 'answers.U4' }] });
    expect(outOfScale.body.message).toBe('the answer to U4 must be a whole number from 1 to 4');
    const badProfile = await answer(BOGOR, { ticketId, answers: ALL_FOUR, profile: { ageBand: '31' } }).expect(400);
    expect(badProfile.body.code).toBe('VALIDATION_FAILED');
    const unknownField = await answer(BOGOR, { ticketId, answers: ALL_FOUR, name: 'Siti' }).expect(400);
    expect(unknownField.body.code).toBe('VALIDATION_FAILED');
    expect(await storedResponses()).toBe(before);
  });

  it('opens for an application once it is completed, through the link on its tracking answer', async () => {
    const bapenda = await staffBearer('agency_supervisor', 'bapenda');
    const applied = await request(testApp.server)
      .post(`${BOGOR}/applications`)
      .send({
        agencyCode: 'bapenda',
        serviceCode: 'pbb-p2',
        applicant: { name: 'Siti Rahayu', nik: '3271014708900001', phone: '081234567890' },
      })
      .expect(201);
    const trackingCode = applied.body.trackingCode as string;
    expect((await request(testApp.server).get(`${BOGOR}/tracking/${trackingCode}`).expect(200)).body.survey).toBeNull();
    expect((await answer(BOGOR, { trackingCode, answers: ALL_FOUR }).expect(409)).body.code).toBe('SURVEY_NOT_OPEN');
    const [{ id }] = await testApp.app.get(DataSource).query(`SELECT id FROM application WHERE tracking_code = $1`, [trackingCode]);
    for (const body of [{ action: 'verify' }, { action: 'process' }, { action: 'complete', note: 'SPPT dapat diambil di loket 6' }]) {
      await request(testApp.server).post(`${BOGOR}/applications/${id}/actions`).set('authorization', bapenda).send(body).expect(200);
    }
    const tracked = await request(testApp.server).get(`${BOGOR}/tracking/${trackingCode}`).expect(200);
    expect(tracked.body.survey).toBe(`/v1/regions/32.71/survey-form?trackingCode=${trackingCode}`);
    const form = await request(testApp.server).get(tracked.body.survey).expect(200);
    expect(form.body.subject).toMatchObject({
      kind: 'application',
      agencyCode: 'bapenda',
      serviceCode: 'pbb-p2',
      open: true,
      answered: false,
    });
    await answer(BOGOR, { trackingCode: trackingCode.toLowerCase(), answers: ALL_FOUR }).expect(201);
    expect((await answer(BOGOR, { trackingCode, answers: ALL_FOUR }).expect(409)).body.code).toBe('SURVEY_ALREADY_ANSWERED');
    const both = await answer(BOGOR, { trackingCode, ticketId: id, answers: ALL_FOUR }).expect(400);
    expect(both.body.code).toBe('SURVEY_SUBJECT_AMBIGUOUS');
  });

  it('takes walk-in respondents only from a registered kiosk or tablet of the site', async () => {
    const walkIn = { siteCode: 'mpp-kota-bogor', agencyCode: 'bapenda', serviceCode: 'pbb-p2', answers: ALL_FOUR };
    expect((await answer(BOGOR, walkIn).expect(400)).body.code).toBe('SURVEY_SUBJECT_REQUIRED');
    await answer(BOGOR, walkIn, { 'x-device-token': bogorKiosk }).expect(201);
    const elsewhere = await answer(BOGOR, { ...walkIn, siteCode: 'mpp-tangsel' }, { 'x-device-token': bogorKiosk }).expect(403);
    expect(elsewhere.body.code).toBe('DEVICE_OUT_OF_SCOPE');
  });

  it('grades by the deployment’s weight: the same answers are B with 0.11 (Kota Bogor) and A with 1/9 (Tangerang Selatan)', async () => {
    // The shared notes' "flip" vector: 20 respondents, every element totalling 71 (NRR 3.55).
    const fire = (base: string, siteCode: string, token: string) =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          answer(
            base,
            { siteCode, agencyCode: 'disdukcapil', serviceCode: 'kartu-keluarga', answers: i < 11 ? ALL_FOUR : ALL_THREE },
            {
              'x-device-token': token,
            },
          ).expect(201),
        ),
      );
    await fire(BOGOR, 'mpp-kota-bogor', bogorKiosk);
    await fire(TANGSEL, 'mpp-tangsel', tangselKiosk);
    const query = { from: today, to: today, agencyCode: 'disdukcapil', serviceCode: 'kartu-keluarga' };
    const bogor = await request(testApp.server).get(`${BOGOR}/satisfaction`).query(query).expect(200);
    expect(bogor.body).toMatchObject({ weightMode: 'printed_0_11', weight: 0.11, ikm: 87.86, grade: 'B', kinerja: 'Baik' });
    expect(bogor.body.elements[0]).toMatchObject({ element: 'U1', answers: 20, sum: 71, nrr: 3.55, score: 88.75 });
    const tangsel = await request(testApp.server).get(`${TANGSEL}/satisfaction`).query(query).expect(200);
    expect(tangsel.body).toMatchObject({
      weightMode: 'exact',
      ikm: 88.75,
      grade: 'A',
      kinerja: 'Sangat Baik',
      sample: { respondents: 20 },
    });
  });

  it('reports the weakest element and whether the sample reached Krejcie–Morgan for the period’s finished tickets', async () => {
    const query = { from: today, to: today, agencyCode: 'disdukcapil', serviceCode: 'ktp-el' };
    const index = await request(testApp.server).get(`${BOGOR}/satisfaction`).query(query).expect(200);
    // Three tickets finished, two answered (the third was refused for bad answers): 3 users call for 3 respondents.
    expect(index.body.sample).toEqual({ population: 3, required: 3, respondents: 2, reached: false });
    expect(index.body.elements.map((e: { sum: number }) => e.sum)).toEqual(Array(9).fill(7));
    expect(index.body.weakestElement).toBe('U1');
    const bad = await request(testApp.server).get(`${BOGOR}/satisfaction`).query({ period: '2026-Q5' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'PERIOD_INVALID', errors: [{ path: 'period' }] });
  });

  it('gives the agency its report as JSON, CSV and XLSX: profile counts and suggestions, nothing that names the visitor', async () => {
    const query = { from: today, to: today, serviceCode: 'ktp-el', agencyCode: 'disdukcapil' };
    const report = await request(testApp.server)
      .get(`${BOGOR}/satisfaction/report`)
      .query(query)
      .set('authorization', disdukcapilSupervisor)
      .expect(200);
    expect(report.body.scope).toMatchObject({ regionCode: '32.71', agencyCode: 'disdukcapil', serviceCode: 'ktp-el' });
    expect(report.body.respondentsByProfile).toEqual(
      expect.arrayContaining([
        { field: 'ageBand', value: '30_39', respondents: 1 },
        { field: 'sex', value: null, respondents: 1 },
      ]),
    );
    expect(report.body.suggestions).toEqual([
      { serviceDate: today, agencyCode: 'disdukcapil', serviceCode: 'ktp-el', suggestion: 'Ruang tunggu perlu tambahan kursi' },
    ]);
    const text = JSON.stringify(report.body);
    const tickets = (await testApp.app.get(DataSource).query(`SELECT id::text, phone FROM ticket WHERE region_code = '32.71'`)) as {
      id: string;
      phone: string;
    }[];
    for (const ticket of tickets) expect(text).not.toContain(ticket.id);
    expect(text).not.toContain('081234567890');
    const dump = JSON.stringify(await testApp.app.get(DataSource).query(`SELECT * FROM survey_response`));
    for (const ticket of tickets) expect(dump).not.toContain(ticket.id);

    const csv = await request(testApp.server)
      .get(`${BOGOR}/satisfaction/report`)
      .query({ ...query, format: 'csv' })
      .set('authorization', disdukcapilSupervisor)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('U1,Persyaratan,2,7,3.5,87.5');
    expect(csv.text).toContain('Ruang tunggu perlu tambahan kursi');

    const xlsx = await request(testApp.server)
      .get(`${BOGOR}/satisfaction/report`)
      .query({ ...query, format: 'xlsx' })
      .set('authorization', disdukcapilSupervisor)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer before Node 24 made Buffer generic.
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['IKM', 'Unsur', 'Profil', 'Saran']);
    expect(workbook.getWorksheet('Unsur')?.getRow(3).values).toEqual([undefined, 'U1', 'Persyaratan', 2, 7, 3.5, 87.5]);
  });

  it('keeps each agency to its own report and the national roll-up to the ministry', async () => {
    await request(testApp.server).get(`${BOGOR}/satisfaction/report`).query({ period: '2026' }).expect(401);
    const other = await request(testApp.server)
      .get(`${BOGOR}/satisfaction/report`)
      .query({ period: '2026', agencyCode: 'disdukcapil' })
      .set('authorization', bapendaSupervisor)
      .expect(403);
    expect(other.body.code).toBe('OUT_OF_SCOPE');
    await request(testApp.server)
      .get('/v1/national/satisfaction')
      .query({ from: today, to: today })
      .set('authorization', bapendaSupervisor)
      .expect(403);

    const national = await request(testApp.server)
      .get('/v1/national/satisfaction')
      .query({ from: today, to: today, weight: 'exact' })
      .set('authorization', nationalAdmin)
      .expect(200);
    expect(national.body.regions).toEqual([
      expect.objectContaining({ regionCode: '32.71', weightMode: 'printed_0_11', respondents: 24 }),
      expect.objectContaining({ regionCode: '36.74', weightMode: 'exact', respondents: 20, ikm: 88.75, grade: 'A' }),
    ]);
    expect(national.body).toMatchObject({ weightMode: 'exact', respondents: 44 });
  });
});
