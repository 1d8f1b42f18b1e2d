import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { createApiClient } from '@mpp/api-client';

import { checkScreen, launchChromium, newScreen, screenshot } from './support/browser';
import { adminSignedIn, REGION_ADMIN } from './support/staff';
import { REGION, SITE } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

const WELCOME = 'Selamat datang di Mal Pelayanan Publik';
const MM = 96 / 25.4; // CSS pixels per millimetre

/** A booking for KTP-el in the next slot still ahead: its check-in window (30 minutes before) is open now. */
async function bookNextSlot(): Promise<string> {
  const citizen = createApiClient({ baseUrl: apps.apiUrl });
  const mall = await citizen.GET('/v1/regions/{code}/mall', { params: { path: { code: REGION } } });
  const today = mall.data?.sites.find((site) => site.code === SITE)?.now.date ?? '';
  const slotsOn = async (date: string) =>
    (
      await citizen.GET('/v1/regions/{code}/sites/{siteCode}/agencies/{agencyCode}/services/{serviceCode}/slots', {
        params: { path: { code: REGION, siteCode: SITE, agencyCode: 'disdukcapil', serviceCode: 'ktp-el' }, query: { date } },
      })
    ).data?.items ?? [];
  // Past the day's last slot (a quarter of an hour before midnight), the next one is tomorrow's first.
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const slot = (await slotsOn(today)).find((item) => item.available > 0) ?? (await slotsOn(tomorrow))[0];
  const booked = await citizen.POST('/v1/regions/{code}/bookings', {
    params: { path: { code: REGION } },
    body: {
      siteCode: SITE,
      agencyCode: 'disdukcapil',
      serviceCode: 'ktp-el',
      slotStart: slot?.start ?? '',
      name: 'Budi Santoso',
      phone: `0813${String(Date.now()).slice(-8)}`,
    },
  });
  expect(booked.error).toBeUndefined();
  return booked.data?.code ?? '';
}

/** The printed slip: its width on paper, and how far the printed page runs (the length of roll it takes). */
async function printed(page: Page): Promise<{ slipWidthMm: number; pageHeight: number; slipHeight: number }> {
  await page.emulateMedia({ media: 'print' });
  const measured = await page.evaluate(() => {
    const slip = document.querySelector('.slip')?.getBoundingClientRect();
    // The app's own height (the document is at least the window's): what the printer feeds.
    const app = document.getElementById('root')?.getBoundingClientRect();
    return { slipWidth: slip?.width ?? 0, slipHeight: slip?.height ?? 0, pageHeight: app?.height ?? 0 };
  });
  return { slipWidthMm: Math.round(measured.slipWidth / MM), pageHeight: measured.pageHeight, slipHeight: measured.slipHeight };
}

test('a visitor checks in a booking by its code at the kiosk and gets a 58 mm slip; the kiosk returns to the start when left alone', async () => {
  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const pairing = await admin.POST('/admin/api/v1/regions/{regionCode}/devices/pairing-codes', {
    params: { path: { regionCode: REGION } },
    body: { siteCode: SITE, kind: 'kiosk', name: 'Kios janji temu' },
  });
  const bookingCode = await bookNextSlot();
  const screen = await newScreen(browser, apps.apiUrl, 'kioskLandscape');
  const { page } = screen;
  // Idle after 10 minutes here (checks on a loaded machine may outlast 30 s); the idle return is tested below.
  await page.goto(`/kiosk?kertas=58&diam=600&kode=${pairing.data?.code ?? ''}`);
  await page.getByRole('button', { name: 'Pasang', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();

  // A wrong code is explained, in words, on the kiosk.
  await page.getByRole('button', { name: 'Check-in janji temu' }).click();
  await page.getByLabel('Kode janji temu').fill('ZZZZ-ZZZZ');
  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await page.getByRole('alert').getByText('Tidak ada janji temu dengan kode (dan nomor ponsel) ini').waitFor();
  await checkScreen(screen, 'kiosk-check-in-refused-landscape');

  // The code as a visitor types it: lower case, with the dash shown on the booking page.
  await page.getByLabel('Kode janji temu').fill(`${bookingCode.slice(0, 4)}-${bookingCode.slice(4)}`.toLowerCase());
  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  const slip = page.getByRole('region', { name: /^A-\d{3}$/ });
  await slip.waitFor();
  // The service in words, as on a walk-in's slip (not its code).
  await slip.getByText('Penerbitan KTP Elektronik').waitFor();
  await checkScreen(screen, 'kiosk-check-in-slip-landscape');

  // Printed on 58 mm paper: the slip fills the paper's width and the roll is cut right after it.
  const print = await printed(page);
  expect(print.slipWidthMm).toBe(58);
  expect(print.pageHeight).toBeLessThanOrEqual(Math.ceil(print.slipHeight) + 1);
  await page.setViewportSize({ width: Math.round(58 * MM), height: Math.ceil(print.slipHeight) });
  await screenshot(page, 'kiosk-slip-print-58mm');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1920, height: 1080 });

  // A visitor starts, switches to English and walks away: after the idle time (5 s here instead of
  // 30: the same timer, set by the kiosk's address) the next visitor finds the first screen, in Indonesian.
  await page.goto('/kiosk?kertas=58&diam=5');
  await page.getByRole('button', { name: 'Check-in janji temu' }).click();
  await page.getByLabel('Kode janji temu').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  const leftAt = Date.now();
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor({ timeout: 60_000 });
  expect(Date.now() - leftAt).toBeGreaterThan(3_000);
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).waitFor();
  await page.getByRole('button', { name: 'English' }).waitFor();
  await screen.context.close();
}, 300_000);

test('a priority visitor is marked at the kiosk: on the 80 mm slip and in its ticket', async () => {
  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const pairing = await admin.POST('/admin/api/v1/regions/{regionCode}/devices/pairing-codes', {
    params: { path: { regionCode: REGION } },
    body: { siteCode: SITE, kind: 'kiosk', name: 'Kios prioritas' },
  });
  const screen = await newScreen(browser, apps.apiUrl, 'kioskLandscape');
  const { page } = screen;
  await page.goto(`/kiosk?diam=600&kode=${pairing.data?.code ?? ''}`);
  await page.getByRole('button', { name: 'Pasang', exact: true }).click();
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).click();
  await page.getByRole('button', { name: /Badan Pendapatan Daerah/ }).click();
  await page.getByRole('button', { name: /PBB-P2/ }).click();
  await page.getByRole('button', { name: 'Ibu hamil' }).click();
  const slip = page.getByRole('region', { name: /^X-\d{3}$/ });
  await slip.waitFor();
  await slip.getByText('Ibu hamil').waitFor();
  await checkScreen(screen, 'kiosk-priority-slip-landscape');
  const ticketId = ((await slip.getAttribute('data-ticket-url')) ?? '').split('/').at(-1) ?? '';
  const ticket = await createApiClient({ baseUrl: apps.apiUrl }).GET('/v1/regions/{code}/tickets/{ticketId}', {
    params: { path: { code: REGION, ticketId } },
  });
  expect(ticket.data?.priority).toBe('pregnant');

  const print = await printed(page);
  expect(print.slipWidthMm).toBe(80);
  expect(print.pageHeight).toBeLessThanOrEqual(Math.ceil(print.slipHeight) + 1);
  await page.setViewportSize({ width: Math.round(80 * MM), height: Math.ceil(print.slipHeight) });
  await screenshot(page, 'kiosk-slip-print-80mm');
  await screen.context.close();
}, 300_000);
