import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import request from 'supertest';
import { DataSource } from 'typeorm';

import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const BASE = '/v1/regions/32.71';
const PHONE = '081234567890';
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(800, 7)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1_000, 0x20)]);

describe('complaint attachments', () => {
  let testApp: TestApp;
  let dataDir: string;
  let desk: string;
  let agency: string;
  let otherAgency: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'mpp-complaint-files-'));
    testApp = await startTestApp(API_APP, {
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      MPP_DATA_DIR: dataDir,
      DOCUMENT_MAX_BYTES: '4096',
      DOCUMENT_MAX_COUNT: '3',
    });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
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
  afterAll(async () => {
    await testApp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const file = async (extra: Record<string, unknown>, phone = PHONE) => {
    const filed = await request(testApp.server)
      .post(`${BASE}/complaints`)
      .send({
        title: 'Petugas meminta uang tambahan',
        account: 'Petugas loket meminta Rp50.000 agar KTP-el selesai hari itu; foto kuitansi terlampir.',
        incidentDate: '2026-11-30',
        incidentPlace: 'MPP Kota Bogor, loket 3',
        agencyCode: 'disdukcapil',
        category: 'pungli',
        reporter: { name: 'Siti Rahayu', phone },
        ...extra,
      })
      .expect(201);
    const [{ id }] = (await testApp.app
      .get(DataSource)
      .query(`SELECT id FROM complaint WHERE tracking_code = $1`, [filed.body.trackingCode])) as { id: string }[];
    return { id, trackingCode: filed.body.trackingCode as string };
  };
  const byReporter = (trackingCode: string, bytes: Buffer, name: string, contentType = 'image/jpeg', phone = PHONE) =>
    request(testApp.server)
      .post(`${BASE}/complaint-tracking/${trackingCode}/attachments`)
      .query({ name })
      .set('content-type', contentType)
      .set('x-reporter-phone', phone)
      .send(bytes);
  const staffGet = (url: string, auth: string) =>
    request(testApp.server)
      .get(`${BASE}${url}`)
      .set('authorization', auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('keeps an anonymous complaint’s files from the agency until the desk clears one, then serves it under a neutral name', async () => {
    const { id, trackingCode } = await file({ anonymous: true });
    const uploaded = await byReporter(trackingCode, JPEG, 'kuitansi Siti Rahayu.pdf').expect(201);
    // The type comes from the bytes, and so does the extension.
    expect(uploaded.body).toMatchObject({ fileName: 'kuitansi Siti Rahayu.jpg', contentType: 'image/jpeg', sharedWithAgency: false });
    await byReporter(trackingCode, JPEG, 'x.jpg', 'image/jpeg', '081200000000').expect(404);

    // The agency neither lists nor fetches the uncleared file; its existence tells nothing.
    expect((await staffGet(`/complaints/${id}/attachments`, agency).expect(200)).body.toString()).toBe('[]');
    const hidden = await staffGet(`/complaints/${id}/attachments/${uploaded.body.id}`, agency).expect(404);
    expect(JSON.parse(hidden.body.toString()).code).toBe('COMPLAINT_ATTACHMENT_NOT_FOUND');
    // The desk sees it with its name and reads its bytes.
    const deskBytes = await staffGet(`/complaints/${id}/attachments/${uploaded.body.id}`, desk).expect(200);
    expect(Buffer.compare(deskBytes.body as Buffer, JPEG)).toBe(0);
    expect(deskBytes.headers).toMatchObject({ 'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff' });

    await request(testApp.server)
      .post(`${BASE}/complaints/${id}/attachments/${uploaded.body.id}/share`)
      .set('authorization', agency)
      .expect(403);
    await request(testApp.server)
      .post(`${BASE}/complaints/${id}/attachments/${uploaded.body.id}/share`)
      .set('authorization', desk)
      .expect(200);
    const listed = JSON.parse((await staffGet(`/complaints/${id}/attachments`, agency).expect(200)).body.toString());
    expect(listed).toEqual([expect.objectContaining({ fileName: 'lampiran-1.jpg', uploadedBy: null, sharedWithAgency: true })]);
    const agencyBytes = await staffGet(`/complaints/${id}/attachments/${uploaded.body.id}`, agency).expect(200);
    expect(Buffer.compare(agencyBytes.body as Buffer, JPEG)).toBe(0);
    expect(agencyBytes.headers['content-disposition']).toBe('attachment; filename="lampiran-1.jpg"');
    expect(JSON.stringify(agencyBytes.headers)).not.toMatch(/Siti|Rahayu/);
    // Another agency does not reach the complaint at all.
    await staffGet(`/complaints/${id}/attachments/${uploaded.body.id}`, otherAgency).expect(404);

    const reads = await testApp.app
      .get(DataSource)
      .query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`, [uploaded.body.id]);
    expect(reads.map((row: { action: string }) => row.action)).toEqual([
      'complaint.attachment.read',
      'complaint.attachment.share',
      'complaint.attachment.read',
    ]);
    const history = (await request(testApp.server).get(`${BASE}/complaints/${id}`).set('authorization', desk).expect(200)).body.history;
    expect(history.map((event: { action: string; actorType: string }) => `${event.action}:${event.actorType}`)).toEqual([
      'file:citizen',
      'attach:citizen',
    ]);
  });

  it('checks type and size by content, and lets the reporter read back what the agency attached to a named complaint', async () => {
    const { id, trackingCode } = await file({}, '081300000001');
    const html = await byReporter(
      trackingCode,
      Buffer.from('<html><script>alert(1)</script>'),
      'bukti.pdf',
      'application/pdf',
      '081300000001',
    );
    expect(html.status).toBe(400);
    expect(html.body).toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED', errors: [{ path: 'file' }] });
    const big = await byReporter(trackingCode, Buffer.concat([JPEG, Buffer.alloc(4_096)]), 'big.jpg', 'image/jpeg', '081300000001');
    expect(big.status).toBe(413);
    // JSON is refused on the upload route, as on the documents' routes: the body must be the file.
    await request(testApp.server)
      .post(`${BASE}/complaint-tracking/${trackingCode}/attachments`)
      .query({ name: 'x' })
      .set('x-reporter-phone', '081300000001')
      .send({ file: 'x' })
      .expect(400);

    const answer = await request(testApp.server)
      .post(`${BASE}/complaints/${id}/attachments`)
      .query({ name: 'berita-acara.pdf' })
      .set('authorization', agency)
      .set('content-type', 'application/pdf')
      .send(PDF)
      .expect(201);
    expect(answer.body).toMatchObject({ uploadedBy: 'staff', sharedWithAgency: true });
    const mine = await request(testApp.server)
      .post(`${BASE}/complaint-tracking/${trackingCode}/attachments/list`)
      .send({ phone: '081300000001' })
      .expect(200);
    expect(mine.body.map((item: { fileName: string }) => item.fileName)).toEqual(['berita-acara.pdf']);
    const bytes = await request(testApp.server)
      .post(`${BASE}/complaint-tracking/${trackingCode}/attachments/${answer.body.id}/download`)
      .send({ phone: '081300000001' })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(bytes.body as Buffer, PDF)).toBe(0);
  });

  it('holds at most DOCUMENT_MAX_COUNT files under concurrent uploads, and none once the complaint is archived', async () => {
    const { id, trackingCode } = await file({}, '081300000002');
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, n) => byReporter(trackingCode, JPEG, `foto-${n}.jpg`, 'image/jpeg', '081300000002')),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
    expect(answers.filter((answer) => answer.status === 409).map((answer) => answer.body.code)).toEqual(
      Array(3).fill('COMPLAINT_ATTACHMENT_LIMIT_REACHED'),
    );
    const [{ n }] = await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM complaint_attachment WHERE complaint_id = $1`, [id]);
    expect(n).toBe(3);

    const other = await file({}, '081300000003');
    await request(testApp.server)
      .post(`${BASE}/complaints/${other.id}/actions`)
      .set('authorization', desk)
      .send({ action: 'archive', note: 'Isi pengaduan tidak dapat dipahami' })
      .expect(200);
    const late = await byReporter(other.trackingCode, JPEG, 'foto.jpg', 'image/jpeg', '081300000003').expect(409);
    expect(late.body.code).toBe('COMPLAINT_STATE_CONFLICT');
  });
});
