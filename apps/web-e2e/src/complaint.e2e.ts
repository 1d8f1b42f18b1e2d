import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { checkPhoneScreen, launchChromium, newScreen } from './support/browser';
import { REGION_ADMIN, signedIn, SUPERVISOR } from './support/staff';
import { REGION } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

test('a citizen files a complaint anonymously from the mall page, reads the agency’s answer by code and phone, replies and closes it', async () => {
  const screen = await newScreen(browser, apps.apiUrl, 'phone');
  const { page } = screen;
  await page.goto(`/warga/${REGION}`);
  await page.getByRole('link', { name: 'Sampaikan pengaduan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sampaikan pengaduan' }).waitFor();
  await checkPhoneScreen(screen, 'complaint-form-phone');

  // Sent empty: the API's problems appear at their fields, in Indonesian.
  await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await page.getByRole('alert').waitFor();
  await page.locator('#complaint-title-error').waitFor();
  expect(await page.getByLabel('Judul pengaduan').getAttribute('aria-invalid')).toBe('true');
  await checkPhoneScreen(screen, 'complaint-form-refused-phone');

  await page.getByLabel('Judul pengaduan').fill('Antrean KTP-el dipanggil tidak urut');
  await page.getByLabel('Uraian kejadian').fill('Nomor A-020 dipanggil sebelum nomor saya A-012 tanpa penjelasan dari petugas.');
  await page.getByLabel('Tempat kejadian').fill('Loket Disdukcapil, MPP Kota Bogor');
  await page.getByLabel('Instansi yang diadukan', { exact: true }).selectOption('disdukcapil');
  await page.getByLabel('Layanan', { exact: true }).selectOption('ktp-el');
  await page.getByLabel('Kategori').selectOption('petugas');
  await page.getByLabel('Nama', { exact: true }).fill('Siti Rahayu');
  await page.getByLabel('Nomor ponsel').fill('081234567891');
  await page.getByLabel('Rahasiakan identitas saya dari instansi yang diadukan').check();
  await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pengaduan diterima' }).waitFor();
  const trackingCode = (await page.locator('.complaint__code strong').textContent()) ?? '';
  expect(trackingCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await checkPhoneScreen(screen, 'complaint-filed-phone');

  // The region's desk verifies and passes it on; the agency answers, never learning who filed it.
  const desk = await signedIn(apps.apiUrl, REGION_ADMIN);
  const agency = await signedIn(apps.apiUrl, SUPERVISOR);
  const listed = await desk.GET('/v1/regions/{code}/complaints', { params: { path: { code: REGION }, query: { status: 'received' } } });
  const id = listed.data?.items.find((item) => item.trackingCode === trackingCode)?.id ?? '';
  expect(id).not.toBe('');
  const act = async (who: typeof desk, action: 'verify' | 'assign' | 'answer', note?: string) => {
    const moved = await who.POST('/v1/regions/{code}/complaints/{id}/actions', {
      params: { path: { code: REGION, id } },
      body: { action, note },
    });
    expect([action, moved.response.status]).toEqual([action, 200]);
  };
  await act(desk, 'verify');
  await act(desk, 'assign');
  const seen = await agency.GET('/v1/regions/{code}/complaints/{id}', { params: { path: { code: REGION, id } } });
  expect(JSON.stringify(seen.data)).not.toMatch(/Siti|081234567891|6281234567891/);
  await act(agency, 'answer', 'Petugas telah ditegur; antrean kini diawasi supervisor.');

  // The citizen follows it with the code and their phone: the code alone shows nothing.
  await page.getByRole('link', { name: 'Lacak pengaduan ini' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lacak pengaduan' }).waitFor();
  expect(await page.getByLabel('Kode pelacakan').inputValue()).toBe(trackingCode);
  await page.getByLabel('Nomor ponsel').fill('081200000000');
  await page.getByRole('button', { name: 'Lihat' }).click();
  await page.getByRole('alert').waitFor();
  expect(await page.getByText('Petugas telah ditegur').count()).toBe(0);
  await page.getByLabel('Nomor ponsel').fill('081234567891');
  await page.getByRole('button', { name: 'Lihat' }).click();
  await page.getByRole('heading', { level: 2, name: 'Sudah dijawab instansi' }).waitFor();
  await page.getByText('Petugas telah ditegur; antrean kini diawasi supervisor.').waitFor();
  await checkPhoneScreen(screen, 'complaint-answered-phone');

  // The reply goes to the complaint shown, even when the code field was edited since.
  await page.getByLabel('Kode pelacakan').fill('AAAAA-AAAAA');
  await page.getByLabel('Tanggapan Anda').fill('Hari ini masih terjadi lagi pada pukul 10.00.');
  await page.getByRole('button', { name: 'Kirim tanggapan' }).click();
  await page.getByRole('heading', { level: 2, name: 'Tanggapan Anda sedang ditindaklanjuti' }).waitFor();
  await page.getByText('Hari ini masih terjadi lagi pada pukul 10.00.').waitFor();
  await page.getByLabel('Kode pelacakan').fill(trackingCode);

  await act(agency, 'answer', 'Supervisor kini berjaga di loket setiap pagi.');
  await page.getByRole('button', { name: 'Lihat' }).click();
  await page.getByText('Supervisor kini berjaga di loket setiap pagi.').waitFor();
  expect(await page.locator('.complaint__message').count()).toBe(3);
  await page.getByRole('button', { name: 'Saya puas, tutup pengaduan' }).click();
  await page.getByRole('heading', { level: 2, name: 'Selesai' }).waitFor();
  await checkPhoneScreen(screen, 'complaint-closed-phone');

  // In English on request.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Follow a complaint' }).waitFor();
  await screen.context.close();
}, 300_000);
