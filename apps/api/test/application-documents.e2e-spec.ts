import { bearerFor, createStaff, applySampleDeployments, startTestApp, type TestApp } from '@mpp/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { API_APP } from '../src/api-app.definition';

const BASE = '/v1/regions/32.71';
const PHONE = '081234567890';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2_000, 0x20)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);

describe('application documents', () => {
  let testApp: TestApp;
  let dataDir: string;
  let supervisor: string;
  let otherAgency: string;
  let trackingCode: string;
  let id: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'mpp-app-docs-'));
    testApp = await startTestApp(API_APP, {
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      MPP_DATA_DIR: dataDir,
      DOCUMENT_MAX_BYTES: '4096',
      DOCUMENT_MAX_COUNT: '3',
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    supervisor = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bapenda' }),
    );
    otherAgency = await bearerFor(
      testApp.app,
      await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'disdukcapil' }),
    );
    const created = await request(testApp.server)
      .post(`${BASE}/applications`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Siti Rahayu', nik: '3271014708900001', phone: PHONE } })
      .expect(201);
    trackingCode = created.body.trackingCode;
    id = (
      (await testApp.app.get(DataSource).query(`SELECT id FROM application WHERE tracking_code = $1`, [trackingCode])) as { id: string }[]
    )[0].id;
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = (bytes: Buffer, name: string, contentType = 'application/pdf', phone = PHONE) =>
    request(testApp.server)
      .post(`${BASE}/tracking/${trackingCode}/documents`)
      .query({ name })
      .set('content-type', contentType)
      .set('x-applicant-phone', phone)
      .send(bytes);

  it('takes a PDF from the applicant and lists it for the agency', async () => {
    const uploaded = await upload(PDF, 'sppt.pdf').expect(201);
    expect(uploaded.body).toMatchObject({
      fileName: 'sppt.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedBy: 'applicant',
    });
    const listed = await request(testApp.server).get(`${BASE}/applications/${id}/documents`).set('authorization', supervisor).expect(200);
    expect(listed.body.map((doc: { id: string }) => doc.id)).toContain(uploaded.body.id);
  });

  it('goes by the content: a PDF name with PNG bytes is stored and served as a PNG', async () => {
    const uploaded = await upload(PNG, 'surat.pdf', 'application/pdf').expect(201);
    expect(uploaded.body).toMatchObject({ fileName: 'surat.png', contentType: 'image/png' });
    const file = await request(testApp.server)
      .get(`${BASE}/applications/${id}/documents/${uploaded.body.id}`)
      .set('authorization', supervisor)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe('attachment; filename="surat.png"');
    expect(Buffer.compare(file.body as Buffer, PNG)).toBe(0);
  });

  it('refuses other content, too large a file, a wrong phone, and more than the count allowed', async () => {
    const html = await upload(Buffer.from('<html><script>alert(1)</script>'), 'ktp.pdf').expect(400);
    expect(html.body).toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED', errors: [{ path: 'file' }] });
    expect((await upload(Buffer.concat([PDF, Buffer.alloc(4_096)]), 'big.pdf').expect(413)).body.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await upload(PDF, 'x.pdf', 'application/pdf', '081299990000').expect(404)).body.code).toBe('APPLICATION_NOT_FOUND');
    await upload(PDF, 'third.pdf').expect(201);
    const fourth = await upload(PDF, 'fourth.pdf').expect(409);
    expect(fourth.body.code).toBe('DOCUMENT_LIMIT_REACHED');
    const [{ n }] = (await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM application_document WHERE application_id = $1`, [id])) as {
      n: number;
    }[];
    expect(n).toBe(3);
  });

  it('gives downloads only to those who may see the application; a short link works for anyone, briefly', async () => {
    // An application of its own, so that this test holds whatever the others did.
    const created = await request(testApp.server)
      .post(`${BASE}/applications`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Budi Santoso', nik: '3674021203850003', phone: PHONE } })
      .expect(201);
    trackingCode = created.body.trackingCode;
    id = (
      (await testApp.app.get(DataSource).query(`SELECT id FROM application WHERE tracking_code = $1`, [trackingCode])) as { id: string }[]
    )[0].id;
    const doc = (await upload(PDF, 'bukti.pdf').expect(201)).body;
    await request(testApp.server).get(`${BASE}/applications/${id}/documents/${doc.id}`).set('authorization', otherAgency).expect(404);
    await request(testApp.server).get(`${BASE}/applications/${id}/documents/${doc.id}`).expect(401);
    await request(testApp.server)
      .post(`${BASE}/applications/${id}/documents/${doc.id}/links`)
      .set('authorization', otherAgency)
      .expect(404);
    const link = await request(testApp.server)
      .post(`${BASE}/applications/${id}/documents/${doc.id}/links`)
      .set('authorization', supervisor)
      .expect(201);
    expect(new Date(link.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    const opened = await request(testApp.server).get(link.body.url).expect(200);
    expect(opened.headers['content-type']).toBe('application/pdf');
    const token = link.body.url.split('/').pop() as string;
    await request(testApp.server).get(`/v1/regions/36.74/document-links/${token}`).expect(404);
    const tampered = await request(testApp.server)
      .get(`${BASE}/document-links/${token.slice(0, -3)}abc`)
      .expect(404);
    expect(tampered.body.code).toBe('DOCUMENT_LINK_INVALID');
    const audited = (await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'application.document.read'`)) as { n: number }[];
    expect(audited[0].n).toBeGreaterThan(0);
  });

  it('lets no burst of uploads pass the count limit', async () => {
    const created = await request(testApp.server)
      .post(`${BASE}/applications`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Dewi Lestari', nik: '3522015505000002', phone: PHONE } })
      .expect(201);
    trackingCode = created.body.trackingCode;
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(PDF, `berkas-${i}.pdf`)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
  });

  it('gives the applicant the result the agency attached, and nobody else without the phone', async () => {
    const created = await request(testApp.server)
      .post(`${BASE}/applications`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Siti Rahayu', nik: '3271014708900001', phone: PHONE } })
      .expect(201);
    const applicationId = (
      (await testApp.app.get(DataSource).query(`SELECT id FROM application WHERE tracking_code = $1`, [created.body.trackingCode])) as {
        id: string;
      }[]
    )[0].id;
    const result = await request(testApp.server)
      .post(`${BASE}/applications/${applicationId}/documents`)
      .query({ name: 'sppt-baru.pdf', kind: 'result' })
      .set('authorization', supervisor)
      .set('content-type', 'application/pdf')
      .send(PDF)
      .expect(201);
    expect(result.body).toMatchObject({ kind: 'result', uploadedBy: 'staff' });
    const tracking = `${BASE}/tracking/${created.body.trackingCode}/documents`;
    const listed = await request(testApp.server).post(`${tracking}/list`).send({ phone: PHONE }).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ id: result.body.id, kind: 'result', fileName: 'sppt-baru.pdf' })]);
    await request(testApp.server).post(`${tracking}/list`).send({ phone: '081299990000' }).expect(404);
    const file = await request(testApp.server).post(`${tracking}/${result.body.id}/download`).send({ phone: PHONE }).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    await request(testApp.server).post(`${tracking}/${result.body.id}/download`).send({ phone: '081299990000' }).expect(404);
  });
});
