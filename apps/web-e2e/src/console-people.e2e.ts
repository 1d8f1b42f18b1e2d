import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { launchChromium, newScreen, type Screen, screenshot, seriousViolations } from './support/browser';
import { PASSWORD, REGION_ADMIN } from './support/staff';
import { SITE } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

async function desk(): Promise<Screen> {
  const screen = await newScreen(browser, apps.apiUrl, 'desk');
  await screen.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: apps.apiUrl });
  return screen;
}

async function expectAccessible(screen: Screen, name: string): Promise<void> {
  await screenshot(screen.page, name);
  expect(await seriousViolations(screen.page)).toEqual([]);
  expect(screen.outside).toEqual([]);
}

async function signIn(screen: Screen, email: string, password = PASSWORD): Promise<void> {
  const { page } = screen;
  await page.goto('/konsol');
  await page.getByRole('heading', { level: 1, name: 'Masuk ke konsol' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForFunction(() => sessionStorage.getItem('mpp.console.session') !== null);
}

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

test('a region admin adds a colleague (whose initial password must be changed), resets their password (the same), and finds it in the audit trail', async () => {
  const admin = await desk();
  const { page } = admin;
  await signIn(admin, REGION_ADMIN);
  await page.getByRole('heading', { level: 1, name: 'Deployment 32.71' }).waitFor();
  await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Staf' }).click();
  await page.getByRole('heading', { level: 1, name: 'Staf 32.71' }).waitFor();
  await page.getByRole('rowheader', { name: /admin\.bogor@demo\.mpp\.go\.id/ }).waitFor();

  const email = `baru.${Date.now()}@demo.mpp.go.id`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Nama', { exact: true }).fill('Admin Baru Bogor');
  await page.getByLabel('Peran', { exact: true }).selectOption('region_admin');
  await page.getByLabel('Kata sandi awal').fill('awal-dari-admin-bogor-1');
  await page.getByRole('button', { name: 'Tambah akun' }).click();
  await page.getByText('Akun Admin Baru Bogor dibuat.').waitFor();
  // The initial password was the admin's choice: the colleague's first sign-in leads to choosing their own.
  const first = await desk();
  await signIn(first, email, 'awal-dari-admin-bogor-1');
  await first.page.getByRole('heading', { level: 1, name: 'Buat kata sandi baru' }).waitFor();
  expect(await first.page.getByRole('navigation', { name: 'Menu konsol' }).count()).toBe(0);
  await first.context.close();
  await page.getByLabel('Kata sandi baru untuk Admin Baru Bogor').fill('sementara-dari-admin-2');
  await page
    .getByRole('row', { name: /Admin Baru Bogor/ })
    .getByRole('button', { name: 'Ganti kata sandi' })
    .click();
  await page.getByText('Kata sandi Admin Baru Bogor diganti.', { exact: false }).waitFor();
  await expectAccessible(admin, 'console-staff-desk');

  // The colleague signs in with the password the admin set and must choose their own first.
  const colleague = await desk();
  await signIn(colleague, email, 'sementara-dari-admin-2');
  await colleague.page.getByRole('heading', { level: 1, name: 'Buat kata sandi baru' }).waitFor();
  expect(await colleague.page.getByRole('navigation', { name: 'Menu konsol' }).count()).toBe(0);
  await expectAccessible(colleague, 'console-change-password-desk');
  await colleague.page.getByLabel('Kata sandi saat ini').fill('sementara-dari-admin-2');
  await colleague.page.getByLabel('Kata sandi baru').fill('pilihan-saya-sendiri-3');
  await colleague.page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await colleague.page.getByRole('heading', { level: 1, name: 'Masuk ke konsol' }).waitFor();
  await signIn(colleague, email, 'pilihan-saya-sendiri-3');
  await colleague.page.getByRole('heading', { level: 1, name: 'Deployment 32.71' }).waitFor();
  await colleague.context.close();

  await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Jejak audit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jejak audit 32.71' }).waitFor();
  await page.getByLabel('Tindakan', { exact: true }).fill('staff.password_reset');
  await page.getByLabel('Dari tanggal').fill(today());
  await page.getByRole('button', { name: 'Saring' }).click();
  await page.getByText(/^[1-9]\d* catatan$/).waitFor();
  const actions = await page.locator('tbody td code').allInnerTexts();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(['staff.password_reset']));
  await expectAccessible(admin, 'console-audit-desk');
  await admin.context.close();
});

test('a region admin issues an API key shown once with a copy button, rotates and revokes it', async () => {
  const screen = await desk();
  const { page } = screen;
  await signIn(screen, REGION_ADMIN);
  await page.goto('/konsol/wilayah/32.71/kunci-api');
  await page.getByRole('heading', { level: 1, name: 'API key 32.71' }).waitFor();
  await page.getByLabel('Nama (sistem yang memakainya)').fill('Portal kota');
  await page.getByRole('checkbox', { name: 'catalog:read' }).check();
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  const shown = page.getByRole('region', { name: 'API key baru: Portal kota' });
  await shown.waitFor();
  const key = await shown.locator('code').innerText();
  expect(key).toMatch(/^mpp_[A-Za-z0-9]+_/);
  await shown.getByRole('button', { name: 'Salin' }).click();
  await shown.getByText('Tersalin.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  // The key works once shown; the list shows only its public prefix.
  expect((await fetch(`${apps.apiUrl}/v1/me`, { headers: { 'x-api-key': key } })).status).toBe(200);
  expect(await page.locator('tbody').innerText()).not.toContain(key);
  await expectAccessible(screen, 'console-api-keys-desk');

  await page.getByRole('button', { name: 'Putar Portal kota' }).click();
  await expect.poll(() => shown.locator('code').innerText()).not.toBe(key);
  const rotated = await shown.locator('code').innerText();
  expect((await fetch(`${apps.apiUrl}/v1/me`, { headers: { 'x-api-key': key } })).status).toBe(401);
  await page.getByRole('button', { name: 'Cabut Portal kota' }).click();
  await page
    .getByRole('row', { name: /Portal kota/ })
    .getByText(/^Dicabut/)
    .waitFor();
  expect((await fetch(`${apps.apiUrl}/v1/me`, { headers: { 'x-api-key': rotated } })).status).toBe(401);
  await screen.context.close();
});

test('a region admin pairs a kiosk with a code (or its QR), then revokes it', async () => {
  const screen = await desk();
  const { page } = screen;
  await signIn(screen, REGION_ADMIN);
  await page.goto('/konsol/wilayah/32.71/perangkat');
  await page.getByRole('heading', { level: 1, name: 'Kios dan papan 32.71' }).waitFor();
  await page.getByLabel('Kode lokasi').fill(SITE);
  await page.getByRole('radio', { name: 'Kios' }).check();
  await page.getByLabel('Nama perangkat').fill('Kios lobi uji');
  await page.getByRole('button', { name: 'Buat kode pasangan' }).click();
  const pairing = page.getByRole('region', { name: 'Kode pasangan untuk Kios lobi uji' });
  await pairing.waitFor();
  const code = (await pairing.locator('.pairing-code__value').innerText()).trim();
  expect(await pairing.getByRole('img', { name: 'QR halaman perangkat dengan kode pasangan' }).locator('svg').count()).toBe(1);
  await expectAccessible(screen, 'console-devices-desk');

  // What the QR opens: the kiosk's page with the code filled in.
  const kiosk = await newScreen(browser, apps.apiUrl, 'kioskPortrait');
  await kiosk.page.goto(`/kiosk?kode=${encodeURIComponent(code)}`);
  await expect.poll(() => kiosk.page.getByLabel('Kode pemasangan').inputValue()).toBe(code);
  await kiosk.page.getByRole('button', { name: 'Pasang' }).click();
  await expect.poll(() => kiosk.page.evaluate(() => localStorage.getItem('mpp.device'))).not.toBeNull();
  await kiosk.context.close();

  await pairing.getByRole('button', { name: 'Selesai' }).click();
  await page
    .getByRole('row', { name: /Kios lobi uji/ })
    .getByText('Aktif')
    .waitFor();
  await page.getByRole('button', { name: 'Cabut Kios lobi uji' }).click();
  await page
    .getByRole('row', { name: /Kios lobi uji/ })
    .getByText(/^Dicabut/)
    .waitFor();
  await screen.context.close();
});

test('a region admin sees the site’s week and coming days on a calendar, adds an override and cancels it', async () => {
  const screen = await desk();
  const { page } = screen;
  await signIn(screen, REGION_ADMIN);
  await page.goto('/konsol/wilayah/32.71/kalender');
  await page.getByRole('heading', { level: 1, name: 'Kalender 32.71' }).waitFor();
  await page.getByRole('table', { name: 'Lima minggu ke depan' }).first().waitFor();
  const day = new Date(Date.now() + 7 * 3_600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Tanggal').fill(day);
  await page.getByRole('radio', { name: 'Tutup' }).check();
  await page.getByLabel('Alasan (ditampilkan kepada warga)').fill('Uji konsol: rapat');
  await page.getByRole('button', { name: 'Simpan perubahan jadwal' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Uji konsol: rapat' });
  await item.waitFor();
  // The calendar shows it on its day, from the API's special days.
  await page
    .getByRole('cell', { name: /Uji konsol: rapat/ })
    .first()
    .waitFor();
  await expectAccessible(screen, 'console-calendar-desk');
  await item.getByRole('button', { name: /^Batalkan perubahan/ }).click();
  // A cancelled override leaves the list of coming changes and the calendar (its record stays, audited).
  await item.waitFor({ state: 'detached' });
  await page
    .getByRole('cell', { name: /Uji konsol: rapat/ })
    .first()
    .waitFor({ state: 'detached' });
  await screen.context.close();
});
