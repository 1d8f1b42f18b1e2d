import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import request from 'supertest';
import { DataSource } from 'typeorm';

import type { ApiScope } from '@mpp/domain';
import { ApiKeysRepository } from '@mpp/persistence';
import { LinkSigner, newId, newKeyPrefix, newSecret } from '@mpp/platform';
import { applySampleDeployments, bearerFor, createStaff, startTestApp, type TestApp } from '@mpp/testing';

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
  let regionAdmin: string;
  let supervisorId: string;
  let trackingCode: string;
  const logLines: string[] = [];
  let id: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'mpp-app-docs-'));
    testApp = await startTestApp(
      API_APP,
      {
        RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
        MPP_DATA_DIR: dataDir,
        DOCUMENT_MAX_BYTES: '4096',
        DOCUMENT_MAX_COUNT: '3',
        LOG_LEVEL: 'info',
      },
      { logLines },
    );
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    const supervisorAccount = await createStaff(testApp.app, { role: 'agency_supervisor', regionCode: '32.71', agencyCode: 'bapenda' });
    supervisorId = supervisorAccount.id;
    supervisor = await bearerFor(testApp.app, supervisorAccount);
    regionAdmin = await bearerFor(testApp.app, await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' }));
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

  async function issueKey(scopes: ApiScope[], scope: { regionCode?: string; agencyCode?: string }): Promise<string> {
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Sistem instansi',
      prefix,
      secretHash: hash,
      scopes,
      regionCode: scope.regionCode ?? null,
      agencyCode: scope.agencyCode ?? null,
      expiresAt: null,
      createdBy: supervisorId,
    });
    return `mpp_${prefix}_${secret}`;
  }
  const audited = async (documentId: string) =>
    (await testApp.app
      .get(DataSource)
      .query(
        `SELECT actor_type AS "actorType", actor_id AS "actorId", details FROM audit_event WHERE action = 'application.document.read' AND target_id = $1`,
        [documentId],
      )) as { actorType: string; actorId: string; details: Record<string, unknown> | null }[];

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
    // Opening the link is audited as a read by whoever issued it, and its token reaches no log line.
    expect(await audited(doc.id)).toEqual([expect.objectContaining({ actorType: 'staff', actorId: supervisorId })]);
    expect(logLines.some((line) => line.includes('/document-links/:token'))).toBe(true);
    expect(logLines.filter((line) => line.includes(token.slice(-12)) || line.includes(trackingCode))).toEqual([]);
    // Expired: a genuine token whose time has passed (signed for a moment ago, no waiting).
    const compact = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
    const signer = testApp.app.get(LinkSigner);
    const expired = signer.sign('32.71', `${compact(doc.id)}~s~${compact(supervisorId)}`, new Date(Date.now() - 1_000));
    expect((await request(testApp.server).get(`${BASE}/document-links/${expired}`).expect(404)).body.code).toBe('DOCUMENT_LINK_INVALID');
    // The same token with time left opens: only the expiry refused it.
    const live = signer.sign('32.71', `${compact(doc.id)}~s~${compact(supervisorId)}`, new Date(Date.now() + 60_000));
    await request(testApp.server).get(`${BASE}/document-links/${live}`).expect(200);
  });

  it('audits a download through the API against the very document read', async () => {
    const doc = (await upload(PDF, 'akta.pdf').expect(201)).body;
    expect(await audited(doc.id)).toEqual([]);
    await request(testApp.server).get(`${BASE}/applications/${id}/documents/${doc.id}`).set('authorization', supervisor).expect(200);
    expect(await audited(doc.id)).toHaveLength(1);
  });

  it('keeps the bytes from region-wide readers: they list the documents but cannot download or link them', async () => {
    const [doc] = (await request(testApp.server).get(`${BASE}/applications/${id}/documents`).set('authorization', regionAdmin).expect(200))
      .body as { id: string }[];
    const refused = await request(testApp.server)
      .get(`${BASE}/applications/${id}/documents/${doc.id}`)
      .set('authorization', regionAdmin)
      .expect(403);
    expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    await request(testApp.server)
      .post(`${BASE}/applications/${id}/documents/${doc.id}/links`)
      .set('authorization', regionAdmin)
      .expect(403);
    const regionKey = await issueKey(['applications:read'], { regionCode: '32.71' });
    await request(testApp.server).get(`${BASE}/applications/${id}/documents`).set('x-api-key', regionKey).expect(200);
    expect(
      (await request(testApp.server).get(`${BASE}/applications/${id}/documents/${doc.id}`).set('x-api-key', regionKey).expect(403)).body
        .code,
    ).toBe('OUT_OF_SCOPE');
    const agencyKey = await issueKey(['applications:read'], { regionCode: '32.71', agencyCode: 'bapenda' });
    await request(testApp.server).get(`${BASE}/applications/${id}/documents/${doc.id}`).set('x-api-key', agencyKey).expect(200);
    const otherKey = await issueKey(['applications:read'], { regionCode: '32.71', agencyCode: 'disdukcapil' });
    await request(testApp.server).get(`${BASE}/applications/${id}/documents/${doc.id}`).set('x-api-key', otherKey).expect(404);
    const nationalKey = await issueKey(['applications:read'], {});
    expect(
      (await request(testApp.server).get(`${BASE}/applications/${id}/documents`).set('x-api-key', nationalKey).expect(403)).body.code,
    ).toBe('OUT_OF_SCOPE');
  });

  it('lets only a key bound to the agency attach a result', async () => {
    const regionWriter = await issueKey(['applications:read', 'applications:write'], { regionCode: '32.71' });
    const post = (key: string) =>
      request(testApp.server)
        .post(`${BASE}/applications/${id}/documents`)
        .query({ name: 'hasil.pdf', kind: 'result' })
        .set('x-api-key', key)
        .set('content-type', 'application/pdf')
        .send(PDF);
    expect((await post(regionWriter).expect(403)).body.code).toBe('OUT_OF_SCOPE');
  });

  it('refuses a raw file on a route that takes none, before reading it', async () => {
    const started = Date.now();
    const response = await request(testApp.server)
      .post(`${BASE}/tracking/${trackingCode}/documents/list`)
      .set('content-type', 'application/pdf')
      .send(Buffer.alloc(2 * 1024 * 1024, 0x20));
    expect([413, 415]).toContain(response.status);
    expect(response.body).toMatchObject({ code: expect.stringMatching(/^(UNSUPPORTED_MEDIA_TYPE|PAYLOAD_TOO_LARGE)$/) });
    expect(Date.now() - started).toBeLessThan(5_000);
    // Small enough for any limit, and still refused by its type: no route but an upload reads raw bytes.
    const small = await request(testApp.server)
      .post(`${BASE}/tracking/${trackingCode}/documents/list`)
      .set('content-type', 'application/pdf')
      .send(PDF)
      .expect(415);
    expect(small.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', requestId: expect.any(String) });
  });

  it('lets no burst of uploads pass the count limit', async () => {
    const created = await request(testApp.server)
      .post(`${BASE}/applications`)
      .send({ agencyCode: 'bapenda', serviceCode: 'pbb-p2', applicant: { name: 'Dewi Lestari', nik: '3522015505000002', phone: PHONE } })
      .expect(201);
    trackingCode = created.body.trackingCode;
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(PDF, `berkas-${i}.pdf`)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
    // The losers' files are removed again: storage holds exactly the listed documents.
    const [{ id: applicationId }] = (await testApp.app
      .get(DataSource)
      .query(`SELECT id FROM application WHERE tracking_code = $1`, [trackingCode])) as { id: string }[];
    const listed = (await testApp.app
      .get(DataSource)
      .query(`SELECT id FROM application_document WHERE application_id = $1`, [applicationId])) as { id: string }[];
    const folder = path.join(dataDir, 'documents', '32.71', applicationId);
    const stored = existsSync(folder) ? readdirSync(folder) : [];
    expect(stored.sort()).toEqual(listed.map((row) => row.id).sort());
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
