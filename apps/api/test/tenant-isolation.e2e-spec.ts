import request from 'supertest';
import { DataSource } from 'typeorm';

import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp, walkTenantRoutes } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

describe('tenant isolation of the API', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(API_APP);
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml', 'kota-tangerang-selatan.yaml'], { alwaysOpen: true });
  });
  afterAll(() => testApp.close());

  it('walks every route of the OpenAPI document: tenant routes refuse 32.71 on 36.74, the rest touch only the caller', async () => {
    const intruder = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
    const owner = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '36.74' }));
    const openApi = await request(testApp.server).get('/docs-json').expect(200);
    const application = await request(testApp.server)
      .post('/v1/regions/36.74/applications')
      .send({
        agencyCode: 'disdukcapil',
        serviceCode: 'ktp-el',
        applicant: { name: 'Budi Santoso', nik: '3674021203850003', phone: '081311112222' },
      })
      .expect(201);
    const applicationId = (
      (await testApp.app
        .get(DataSource)
        .query(`SELECT id FROM application WHERE region_code = '36.74' AND tracking_code = $1`, [application.body.trackingCode])) as {
        id: string;
      }[]
    )[0].id;
    const document = await request(testApp.server)
      .post(`/v1/regions/36.74/tracking/${application.body.trackingCode}/documents`)
      .query({ name: 'ktp.pdf' })
      .set('content-type', 'application/pdf')
      .set('x-applicant-phone', '081311112222')
      .send(Buffer.from('%PDF-1.7 uji isolasi'))
      .expect(201);

    const complaint = await request(testApp.server)
      .post('/v1/regions/36.74/complaints')
      .send({
        title: 'Antrean tidak tertib',
        account: 'Nomor antrean dipanggil tidak sesuai urutan pada pagi hari.',
        incidentDate: '2026-11-30',
        incidentPlace: 'MPP Tangerang Selatan',
        agencyCode: 'disdukcapil',
        category: 'pelayanan',
        reporter: { name: 'Budi Santoso', phone: '081311112222' },
      })
      .expect(201);
    const [{ id: complaintId }] = (await testApp.app
      .get(DataSource)
      .query(`SELECT id FROM complaint WHERE region_code = '36.74' AND tracking_code = $1`, [complaint.body.trackingCode])) as {
      id: string;
    }[];
    const attachment = await request(testApp.server)
      .post(`/v1/regions/36.74/complaint-tracking/${complaint.body.trackingCode}/attachments`)
      .query({ name: 'foto.pdf' })
      .set('content-type', 'application/pdf')
      .set('x-reporter-phone', '081311112222')
      .send(Buffer.from('%PDF-1.7 uji isolasi'))
      .expect(201);

    const { walked, unchecked } = await walkTenantRoutes(testApp.app, openApi.body, {
      intruder,
      owner,
      otherRegion: '36.74',
      ownAccountRoutes: ['GET /v1/me', 'POST /v1/auth/password'],
      // Valid bodies, so that only the access rule can stop these calls.
      bodies: {
        'POST /v1/regions/{code}/population/verifications': {
          nik: '3674021203850003',
          fullName: 'BUDI SANTOSO',
          purpose: 'Uji isolasi wilayah',
        },
        'POST /v1/regions/{code}/licensing/business-lookups': { nib: '9120000000002', purpose: 'Uji isolasi wilayah' },
        'POST /v1/regions/{code}/vehicle-tax/lookups': { plateNumber: 'B 1234 XYZ', purpose: 'Uji isolasi wilayah' },
        'POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open': { siteCode: 'mpp-tangsel' },
        'POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call': { ticketNumber: 'A-001' },
        'POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/transfer': {
          agencyCode: 'disdukcapil',
          serviceCode: 'ktp-el',
        },
      },
      idOf: (path, param) => {
        if (param === 'id' && path.includes('/complaints/')) return complaintId;
        const records: Record<string, string> = {
          code: '36.74',
          agencyCode: 'disdukcapil',
          counterCode: 'loket-3',
          id: applicationId,
          documentId: document.body.id,
          attachmentId: attachment.body.id,
        };
        if (records[param]) return records[param];
        throw new Error(`no 36.74 record for {${param}} of ${path}: add one to this test`);
      },
    });

    expect(unchecked).toEqual([]);
    expect(walked.filter((call) => call.status !== 403 && call.status !== 404)).toEqual([]);
  });
});
