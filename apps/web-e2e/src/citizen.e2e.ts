import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { createApiClient } from '@mpp/api-client';

import { checkPhoneScreen, launchChromium, newScreen, type Screen } from './support/browser';
import { adminSignedIn, REGION_ADMIN, signedIn, SUPERVISOR } from './support/staff';
import { REGION, SITE } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

async function phone(): Promise<Screen> {
  return newScreen(browser, apps.apiUrl, 'phone');
}

test('a citizen finds a service, takes a ticket on the phone and sees the counter the moment it is called', async () => {
  const screen = await phone();
  const { page } = screen;
  await page.goto('/');
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Pilih daerah' }).isVisible()).toBe(true);
  await page.getByLabel('Nama kabupaten atau kota').fill('bogor');
  await page.getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name: 'KOTA BOGOR' }).waitFor();
  await checkPhoneScreen(screen, 'citizen-regions-phone');
  await page.getByRole('link', { name: 'KOTA BOGOR' }).click();

  await page.getByRole('heading', { level: 1, name: 'MPP KOTA BOGOR' }).waitFor();
  await page.getByText('Buka sekarang').first().waitFor();
  await page.getByRole('heading', { name: 'Instansi' }).waitFor();
  await checkPhoneScreen(screen, 'citizen-mall-phone');
  await page.getByRole('link', { name: 'Cari layanan' }).click();

  await page.getByLabel('Nama layanan atau kata kunci').fill('akta kelahiran');
  await page.getByRole('button', { name: 'Cari' }).click();
  const serviceLink = page.getByRole('link', { name: /Akta Kelahiran/i }).first();
  await serviceLink.waitFor();
  expect(page.url()).toContain('q=akta+kelahiran');
  await checkPhoneScreen(screen, 'citizen-services-phone');
  await serviceLink.click();

  await page.getByRole('heading', { name: 'Standar pelayanan' }).waitFor();
  await page.getByRole('heading', { name: 'Persyaratan' }).waitFor();
  await checkPhoneScreen(screen, 'citizen-service-phone');
  const serviceUrl = new URL(page.url()).pathname;
  const [, , , , agencyCode, serviceCode] = serviceUrl.split('/');
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Nomor antrean [A-Z]-\d{3}$/ });
  await heading.waitFor();
  await page.getByText('Menunggu').waitFor();
  await page.getByText(/Anda berikutnya|orang di depan Anda/).waitFor();
  await checkPhoneScreen(screen, 'citizen-ticket-waiting-phone');
  const ticketNumber = (await heading.textContent())?.replace('Nomor antrean ', '');

  // The officer calls it (over the API here; the counter desk has its own journey): the page
  // shows the counter without a reload, within a second.
  const officer = await signedIn(apps.apiUrl, SUPERVISOR);
  const counter = { code: REGION, agencyCode, counterCode: 'loket-4' };
  const opened = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open', {
    params: { path: counter },
    body: { siteCode: SITE, services: [serviceCode] },
  });
  expect(opened.response.status).toBe(200);
  const called = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call', {
    params: { path: counter },
    body: { ticketNumber: ticketNumber ?? '' },
  });
  expect(called.error).toBeUndefined();
  const calledAt = Date.now();
  await page.getByText('Silakan ke Loket 4').waitFor({ timeout: 1_000 });
  expect(Date.now() - calledAt).toBeLessThan(1_000);
  await page.getByText('Dipanggil').waitFor();
  await checkPhoneScreen(screen, 'citizen-ticket-called-phone');
  // The counter ends free and closed: other journeys' boards show no call left over from this one.
  await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/skip', { params: { path: counter } });
  const closedCounter = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/close', {
    params: { path: counter },
  });
  expect(closedCounter.error).toBeUndefined();
  await screen.context.close();
});

test('a citizen books a slot, sees its free places go down, and cancels the booking', async () => {
  const screen = await phone();
  const { page } = screen;
  await page.goto(`/warga/${REGION}/layanan/disdukcapil/ktp-el`);
  await page.getByRole('link', { name: 'Pesan jadwal' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pesan jadwal' }).waitFor();
  // Tomorrow, in the mall's time zone: every slot of the day is still ahead.
  const tomorrow = new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);
  await page.getByLabel('Tanggal').fill(tomorrow);
  const slot = page.getByRole('radio', { name: /^09\.00–09\.15 · 5 tempat kosong$/ });
  await slot.waitFor();
  await checkPhoneScreen(screen, 'citizen-booking-phone');
  await slot.check();
  await page.getByLabel('Nama lengkap').fill('Siti Rahayu');
  await page.getByLabel('Nomor ponsel', { exact: true }).fill('081234567890');
  await page.getByRole('button', { name: 'Pesan', exact: true }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Janji temu [A-Z2-9]{8}$/ });
  await heading.waitFor();
  await page.getByText('Penerbitan KTP Elektronik').waitFor();
  await checkPhoneScreen(screen, 'citizen-booking-code-phone');
  const bookingUrl = page.url();

  await page.goto(`/warga/${REGION}/layanan/disdukcapil/ktp-el/pesan?tanggal=${tomorrow}`);
  await page.getByRole('radio', { name: /^09\.00–09\.15 · 4 tempat kosong$/ }).waitFor();

  // Opened again from its address (shared, bookmarked), the page reads the booking from the API.
  await page.goto(bookingUrl);
  await page.getByText('Penerbitan KTP Elektronik').waitFor();
  await page.getByText(/09\.00/).waitFor();
  await page.getByLabel('Nomor ponsel yang dipakai saat memesan').fill('081234567890');
  await page.getByRole('button', { name: 'Batalkan janji temu' }).click();
  await page.getByText('Janji temu sudah dibatalkan.').waitFor();
  await page.goto(bookingUrl);
  await page.getByText('Janji temu sudah dibatalkan.').waitFor();
  expect(await page.getByRole('button', { name: 'Batalkan janji temu' }).count()).toBe(0);
  await page.goto(`/warga/${REGION}/layanan/disdukcapil/ktp-el/pesan?tanggal=${tomorrow}`);
  await page.getByRole('radio', { name: /^09\.00–09\.15 · 5 tempat kosong$/ }).waitFor();
  await screen.context.close();
});

test('a citizen cancels a ticket they no longer need', async () => {
  const screen = await phone();
  const { page } = screen;
  await page.goto(`/warga/${REGION}/layanan/bapenda/pbb-p2`);
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).click();
  await page.getByRole('heading', { level: 1, name: /^Nomor antrean X-\d{3}$/ }).waitFor();
  const ticketUrl = page.url();
  await page.getByRole('button', { name: 'Batalkan nomor antrean' }).click();
  await page.getByRole('button', { name: 'Ya, batalkan' }).click();
  await page.getByText('Nomor antrean Anda sudah dibatalkan.').waitFor();
  await checkPhoneScreen(screen, 'citizen-ticket-cancelled-phone');
  // The address is the citizen's key: opened again, it says the same.
  await page.goto(ticketUrl);
  await page.getByText('Dibatalkan', { exact: true }).waitFor();
  await screen.context.close();
});

test('a citizen is told in words why no ticket is issued and when the service opens again, in either language', async () => {
  const citizenApi = await signedIn(apps.apiUrl, REGION_ADMIN);
  const mall = await citizenApi.GET('/v1/regions/{code}/mall', { params: { path: { code: REGION } } });
  const today = mall.data?.sites[0]?.now.date ?? '';
  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const closed = await admin.POST('/admin/api/v1/regions/{regionCode}/calendar-overrides', {
    params: { path: { regionCode: REGION } },
    body: { siteCode: SITE, agencyCode: 'bapenda', serviceCode: 'bphtb', date: today, kind: 'closed', reason: 'Pemeliharaan sistem' },
  });
  expect(closed.response.status).toBe(201);
  // The queue reads a region's calendar afresh every few seconds: wait until it refuses too.
  const citizen = createApiClient({ baseUrl: apps.apiUrl });
  await expect
    .poll(
      async () => {
        const answer = await citizen.POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
          params: { path: { code: REGION, siteCode: SITE } },
          body: { agencyCode: 'bapenda', serviceCode: 'bphtb' },
        });
        return answer.error?.code;
      },
      { timeout: 15_000 },
    )
    .toBe('SERVICE_CLOSED');

  const screen = await phone();
  const { page } = screen;
  await page.goto(`/warga/${REGION}/layanan/bapenda/bphtb`);
  await page.getByText('Tutup sekarang').first().waitFor();
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).click();
  const summary = page.getByRole('alert');
  await summary.getByRole('heading', { name: 'Ada masalah' }).waitFor();
  await summary.getByText('Layanan sedang tutup').waitFor();
  await summary.getByText(/^Buka lagi /).waitFor();
  await checkPhoneScreen(screen, 'citizen-ticket-refused-phone');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Closed now').first().waitFor();
  await page.getByRole('button', { name: 'Take a queue number' }).click();
  await page.getByRole('alert').getByRole('heading', { name: 'There is a problem' }).waitFor();
  await page
    .getByRole('alert')
    .getByText(/^Opens again /)
    .waitFor();
  await checkPhoneScreen(screen, 'citizen-ticket-refused-phone-en');
  await screen.context.close();
});

test('a citizen is told in words that today’s quota of a service is taken', async () => {
  // DPMPTSP Jawa Barat's provincial licensing desk gives 30 tickets a day; no other journey takes them.
  const citizen = createApiClient({ baseUrl: apps.apiUrl });
  const take = () =>
    citizen.POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
      params: { path: { code: REGION, siteCode: SITE } },
      body: { agencyCode: 'dpmptsp-jabar', serviceCode: 'izin-provinsi' },
    });
  let taken = 0;
  while (taken < 100 && (await take()).response.status === 201) taken += 1;
  expect(taken).toBeLessThanOrEqual(30);
  expect((await take()).error?.code).toBe('DAILY_QUOTA_REACHED');

  const screen = await phone();
  const { page } = screen;
  await page.goto(`/warga/${REGION}/layanan/dpmptsp-jabar/izin-provinsi`);
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).click();
  await page.getByRole('alert').getByText('Kuota antrean layanan ini untuk hari ini sudah habis').waitFor();
  await checkPhoneScreen(screen, 'citizen-ticket-quota-reached-phone');
  await screen.context.close();
});
