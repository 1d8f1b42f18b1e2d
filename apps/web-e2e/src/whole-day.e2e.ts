import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { checkScreen as checked, launchChromium, newScreen, screenshot } from './support/browser';
import { pair, pairingCode, recordSpeech, spoken } from './support/devices';
import { adminSignedIn, REGION_ADMIN, SUPERVISOR } from './support/staff';
import { REGION } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

test('the whole day: pair a kiosk and a board, a visitor takes a ticket at the kiosk, the officer calls it, the board and the phone show it, the officer finishes it', async () => {
  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const codeFor = (kind: 'kiosk' | 'board', name: string) => pairingCode(admin, kind, name);

  // The TV board, paired in well under a minute by typing the short code.
  const tv = await newScreen(browser, apps.apiUrl, 'tv');
  await recordSpeech(tv.page);
  await tv.page.goto('/papan');
  await tv.page.getByRole('heading', { level: 1, name: 'Pasang papan ini' }).waitFor();
  await checked(tv, 'board-pairing-tv');
  const pairingStarted = Date.now();
  await pair(tv.page, await codeFor('board', 'Papan lobi'));
  await tv.page.getByRole('heading', { level: 1, name: 'Papan lobi' }).waitFor();
  expect(Date.now() - pairingStarted).toBeLessThan(60_000);
  await tv.page.getByText('Uji otomatis: papan informasi MPP.').waitFor();

  // The kiosk, portrait, paired the same way; a visitor takes a priority ticket.
  const kiosk = await newScreen(browser, apps.apiUrl, 'kioskPortrait');
  // Idle after 10 minutes, not 30 s: an accessibility check on a loaded machine may outlast half a minute without a touch.
  await kiosk.page.goto('/kiosk?diam=600');
  await kiosk.page.getByRole('heading', { level: 1, name: 'Pasang kios ini' }).waitFor();
  await pair(kiosk.page, await codeFor('kiosk', 'Kios lobi'));
  await kiosk.page.getByRole('heading', { level: 1, name: 'Selamat datang di Mal Pelayanan Publik' }).waitFor();
  await checked(kiosk, 'kiosk-start-portrait');
  await kiosk.page.getByRole('button', { name: 'Ambil nomor antrean' }).click();
  await kiosk.page.getByRole('heading', { level: 1, name: 'Pilih instansi' }).waitFor();
  await kiosk.page.getByRole('button', { name: /Kependudukan/ }).click();
  await kiosk.page.getByRole('heading', { level: 1, name: 'Pilih layanan' }).waitFor();
  await checked(kiosk, 'kiosk-services-portrait');
  await kiosk.page.getByRole('button', { name: /Kartu Keluarga/i }).click();
  await kiosk.page.getByRole('heading', { level: 1, name: 'Apakah Anda pengunjung prioritas?' }).waitFor();
  await checked(kiosk, 'kiosk-priority-portrait');
  await kiosk.page.getByRole('button', { name: 'Lansia' }).click();
  const slip = kiosk.page.getByRole('region', { name: /^[A-Z]-\d{3}$/ });
  await slip.waitFor();
  await kiosk.page.getByText('Lansia').waitFor();
  await checked(kiosk, 'kiosk-slip-portrait');
  const ticketNumber = (await slip.getByText(/^[A-Z]-\d{3}$/).textContent()) ?? '';
  const ticketUrl = (await slip.getAttribute('data-ticket-url')) ?? '';
  expect(ticketUrl).toMatch(new RegExp(`/warga/${REGION.replace('.', '\\.')}/tiket/[0-9a-f-]{36}$`));
  // Printed on 58 and 80 mm paper: kiosk.e2e.ts.
  await kiosk.page.setViewportSize({ width: 1920, height: 1080 });
  await kiosk.page.getByRole('button', { name: 'Selesai' }).click();
  await kiosk.page.getByRole('heading', { level: 1, name: 'Selamat datang di Mal Pelayanan Publik' }).waitFor();
  await checked(kiosk, 'kiosk-start-landscape');

  // The visitor follows the ticket on the phone (the slip's QR code opens this page).
  const phone = await newScreen(browser, apps.apiUrl, 'phone');
  await phone.page.goto(ticketUrl);
  await phone.page.getByRole('heading', { level: 1, name: `Nomor antrean ${ticketNumber}` }).waitFor();
  await phone.page.getByText('Menunggu').waitFor();

  // The officer signs in, opens Loket 5 for Kartu Keluarga only, and calls with the keyboard.
  const desk = await newScreen(browser, apps.apiUrl, 'desk');
  await desk.page.goto('/loket');
  await desk.page.getByRole('heading', { level: 1, name: 'Masuk petugas loket' }).waitFor();
  await checked(desk, 'desk-sign-in');
  await desk.page.getByLabel('Alamat email').fill(SUPERVISOR);
  await desk.page.getByLabel('Kata sandi').fill('demo-mpp-2026!');
  await desk.page.getByRole('button', { name: 'Masuk' }).click();
  await desk.page.getByRole('heading', { level: 1, name: 'Buka loket' }).waitFor();
  await desk.page.getByRole('radio', { name: 'Loket 5' }).check();
  for (const other of await desk.page.getByRole('checkbox').all()) {
    if (!/Kartu Keluarga/i.test((await other.locator('xpath=..').textContent()) ?? '')) await other.uncheck();
  }
  await checked(desk, 'desk-open-counter');
  await desk.page.getByRole('button', { name: 'Buka loket' }).click();
  await desk.page.getByRole('heading', { level: 1, name: 'Loket 5' }).waitFor();
  await desk.page.getByText('Loket buka').waitFor();
  await desk.page
    .getByText(/menunggu/)
    .first()
    .waitFor();

  await desk.page.keyboard.press('n');
  const calledAt = Date.now();
  await Promise.all([
    tv.page.locator('.board__current').getByText(ticketNumber).waitFor({ timeout: 1_000 }),
    phone.page.getByText('Silakan ke Loket 5').waitFor({ timeout: 1_000 }),
  ]);
  expect(Date.now() - calledAt).toBeLessThan(1_000);
  await tv.page.locator('.board__current').getByText('Loket 5').waitFor();
  await desk.page.getByText(`Berhasil: Panggil berikutnya`).waitFor();
  await expect.poll(async () => (await spoken(tv.page)).map((item) => item.lang)).toContain('id-ID');
  expect((await spoken(tv.page)).at(-1)?.text).toMatch(/loket lima/i);
  await checked(desk, 'desk-called');
  await checked(tv, 'board-called-tv');
  await checked(phone, 'citizen-ticket-called-from-kiosk-phone');

  // The board loses the network, says so, and catches up by itself without stale calls.
  await tv.context.setOffline(true);
  await tv.page.getByText('Koneksi terputus. Menyambung kembali…').waitFor({ timeout: 60_000 });
  await screenshot(tv.page, 'board-reconnecting-tv');
  await desk.page.keyboard.press('s');
  await desk.page.getByText('Berhasil: Mulai layani').waitFor();
  await desk.page.keyboard.press('f');
  await desk.page.getByText('Berhasil: Selesai').waitFor();
  await phone.page.getByText('Selesai', { exact: true }).waitFor();
  await tv.context.setOffline(false);
  await tv.page.getByText('Koneksi terputus. Menyambung kembali…').waitFor({ state: 'hidden', timeout: 30_000 });
  await tv.page.getByText('Belum ada panggilan').waitFor();
  await checked(desk, 'desk-finished');
  await checked(tv, 'board-after-reconnect-tv');
}, 600_000);
