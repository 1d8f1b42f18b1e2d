import { readFile } from 'node:fs/promises';

import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { type ApiClient, createAdminClient, createApiClient } from '@mpp/api-client';

import { launchChromium, newScreen, type Screen, screenshot, seriousViolations } from './support/browser';
import { NATIONAL_ADMIN } from './support/global-setup';
import { PASSWORD, REGION_ADMIN } from './support/staff';
import { REGION, SITE } from './support/test-deployment';

const apps = inject('apps');
const TANGSEL_ADMIN = 'admin.tangsel@demo.mpp.go.id';
// An agency no other browser test queues at, so its figures are this file's tickets only.
const AGENCY = 'kemenag-kota-bogor';
const SERVICE = 'legalisasi-buku-nikah';
const counter = { code: REGION, agencyCode: AGENCY, counterCode: 'loket-15' };
const truth = { tickets: 5, served: 2, noShows: 1, cancelled: 0, unfinished: 2 };
let browser: Browser;
let closeBrowser: () => Promise<void>;

/** A counter officer the national admin creates; the initial password must be replaced before any work. */
async function newOfficer(): Promise<ApiClient> {
  const api = createApiClient({ baseUrl: apps.apiUrl });
  const national = await api.POST('/v1/auth/login', { body: NATIONAL_ADMIN });
  const admin = createAdminClient({ baseUrl: apps.adminUrl, headers: { authorization: `Bearer ${national.data?.accessToken}` } });
  const email = `loket.kemenag.${Date.now()}@demo.mpp.go.id`;
  const created = await admin.POST('/admin/api/v1/staff', {
    body: {
      email,
      displayName: 'Petugas Kemenag',
      password: 'awal-dari-nasional-1',
      role: 'counter_officer',
      regionCode: REGION,
      agencyCode: AGENCY,
      counterCode: counter.counterCode,
    },
  });
  expect([created.response.status, created.error]).toEqual([201, undefined]);
  const first = await api.POST('/v1/auth/login', { body: { email, password: 'awal-dari-nasional-1' } });
  const withInitial = createApiClient({ baseUrl: apps.apiUrl, headers: { authorization: `Bearer ${first.data?.accessToken}` } });
  const refused = await withInitial.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open', {
    params: { path: counter },
    body: { siteCode: SITE, services: [SERVICE] },
  });
  expect(refused.error?.code).toBe('PASSWORD_CHANGE_REQUIRED');
  await withInitial.POST('/v1/auth/password', { body: { currentPassword: 'awal-dari-nasional-1', newPassword: 'pilihan-petugas-2' } });
  const login = await api.POST('/v1/auth/login', { body: { email, password: 'pilihan-petugas-2' } });
  return createApiClient({ baseUrl: apps.apiUrl, headers: { authorization: `Bearer ${login.data?.accessToken}` } });
}

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
  const citizen = createApiClient({ baseUrl: apps.apiUrl });
  for (let index = 0; index < truth.tickets; index++) {
    const taken = await citizen.POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
      params: { path: { code: REGION, siteCode: SITE } },
      body: { agencyCode: AGENCY, serviceCode: SERVICE },
    });
    expect(taken.response.status).toBe(201);
  }
  const officer = await newOfficer();
  const move = async (action: 'open' | 'call-next' | 'start' | 'finish' | 'skip' | 'close') => {
    const answer = await officer.POST(`/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/${action}`, {
      params: { path: counter },
      ...(action === 'open' && { body: { siteCode: SITE, services: [SERVICE] } }),
    } as never);
    expect([action, answer.response.status]).toEqual([action, 200]);
  };
  await move('open');
  for (const outcome of ['served', 'no_show', 'served']) {
    await move('call-next');
    if (outcome === 'served') {
      await move('start');
      await move('finish');
    } else await move('skip');
  }
  await move('close');
});
afterAll(async () => closeBrowser?.());

async function signIn(screen: Screen, email: string): Promise<void> {
  const { page } = screen;
  await page.goto('/konsol');
  await page.getByRole('heading', { level: 1, name: 'Masuk ke konsol' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForFunction(() => sessionStorage.getItem('mpp.console.session') !== null);
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const total = (page: Page, term: string) =>
  page
    .locator('dl.report-totals > div')
    .filter({ has: page.getByText(term, { exact: true }) })
    .locator('dd')
    .innerText();

test('a region admin opens the figures: totals, charts with their tables, and exports that reconcile with the tickets', async () => {
  const screen = await newScreen(browser, apps.apiUrl, 'desk');
  const { page } = screen;
  await signIn(screen, REGION_ADMIN);
  await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Angka dan laporan' }).click();
  await page.getByRole('heading', { level: 1, name: `Angka dan laporan ${REGION}` }).waitFor();
  await page.getByLabel('Instansi').selectOption(AGENCY);
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect.poll(() => total(page, 'Tiket')).toBe(String(truth.tickets));
  expect(await total(page, 'Dilayani')).toBe(String(truth.served));
  expect(await total(page, 'Tidak hadir')).toBe(String(truth.noShows));
  expect(await total(page, 'Belum selesai')).toBe(String(truth.unfinished));

  // Each chart is drawn and has its table beside it, named alike.
  const chart = page.getByRole('figure', { name: 'Tiket per jam kedatangan' });
  expect(await chart.locator('svg rect.chart__bar').count()).toBeGreaterThan(0);
  const hourTable = page.getByRole('table', { name: 'Tiket per jam kedatangan' });
  const hourTickets = (await hourTable.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
  expect(hourTickets.reduce((sum, value) => sum + value, 0)).toBe(truth.tickets);
  await page.getByRole('table', { name: 'Waktu tunggu per jam kedatangan (menit)' }).waitFor();
  await page.getByRole('table', { name: 'Per layanan' }).getByRole('rowheader', { name: AGENCY }).waitFor();
  await screenshot(page, 'console-reports-desk');
  expect(await seriousViolations(page)).toEqual([]);

  const csv = await downloaded(page, 'Unduh CSV');
  expect(csv.name).toMatch(new RegExp(`^antrean-32\\.71-${AGENCY}-.*\\.csv$`));
  const lines = csv.bytes.toString('utf8').split('\r\n');
  const header = lines.findIndex((line) => line.startsWith('Tiket,'));
  expect(lines[header + 1].split(',').slice(0, 5).map(Number)).toEqual(Object.values(truth));
  await page.getByText(`Berkas ${csv.name} diunduh.`).waitFor();

  const xlsx = await downloaded(page, 'Unduh XLSX');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const summary = workbook.getWorksheet('Ringkasan');
  expect((summary?.getRow(6).values as unknown[]).slice(1, 6)).toEqual(Object.values(truth));

  // English on request: the page and the file it downloads.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: `Figures and reports ${REGION}` }).waitFor();
  await page.getByRole('figure', { name: 'Tickets by hour of arrival' }).waitFor();
  const english = await downloaded(page, 'Download CSV');
  expect(english.bytes.toString('utf8')).toContain('Tickets,Served,No-shows,Cancelled,Unfinished');
  await screenshot(page, 'console-reports-desk-en');
  expect(screen.outside).toEqual([]);
  await screen.context.close();
});

test('a region admin cannot reach another region’s reports, and the API refuses them too', async () => {
  const screen = await newScreen(browser, apps.apiUrl, 'desk');
  const { page } = screen;
  await signIn(screen, TANGSEL_ADMIN);
  await page.goto(`/konsol/wilayah/${REGION}/laporan`);
  await page
    .getByRole('alert')
    .filter({ hasText: `Anda tidak berhak membuka halaman ini untuk daerah ${REGION}.` })
    .waitFor();
  expect(await page.locator('figure').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'console-reports-refused-desk');

  const tokens = await page.evaluate(() => sessionStorage.getItem('mpp.console.session'));
  const { accessToken } = JSON.parse(tokens ?? '{}') as { accessToken: string };
  for (const format of ['json', 'csv', 'xlsx']) {
    const refused = await fetch(`${apps.apiUrl}/v1/regions/${REGION}/queue/report?format=${format}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect([format, refused.status, ((await refused.json()) as { code: string }).code]).toEqual([format, 403, 'OUT_OF_SCOPE']);
  }
  await screen.context.close();
});
