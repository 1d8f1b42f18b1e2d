import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { createApiClient } from '@mpp/api-client';

import { checkScreen, launchChromium, newScreen, type Screen } from './support/browser';
import { adminSignedIn, PASSWORD, REGION_ADMIN } from './support/staff';
import { REGION, SITE } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

// DPMPTSP's lines: no other browser test takes or calls its tickets, so the order of calls is this test's own.
const AGENCY = 'dpmptsp-kota-bogor';

/** A DPMPTSP officer (bound to one counter) and a supervisor, added by the region admin as in the console. */
async function dpmptspStaff(): Promise<{ officer: string; supervisor: string }> {
  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const stamp = Date.now();
  const accounts = {
    officer: { email: `loket1.${stamp}@demo.mpp.go.id`, role: 'counter_officer' as const, counterCode: 'loket-1' },
    supervisor: { email: `penyelia.${stamp}@demo.mpp.go.id`, role: 'agency_supervisor' as const },
  };
  // An account starts with the password its admin chose and must replace it before any work, as at the desk.
  const initial = `awal-${stamp}-dari-admin`;
  const api = createApiClient({ baseUrl: apps.apiUrl });
  for (const account of Object.values(accounts)) {
    const created = await admin.POST('/admin/api/v1/staff', {
      body: { ...account, displayName: `Uji ${account.role}`, password: initial, regionCode: REGION, agencyCode: AGENCY },
    });
    expect(created.error).toBeUndefined();
    const first = await api.POST('/v1/auth/login', { body: { email: account.email, password: initial } });
    const own = createApiClient({ baseUrl: apps.apiUrl, headers: { authorization: `Bearer ${first.data?.accessToken}` } });
    const changed = await own.POST('/v1/auth/password', { body: { currentPassword: initial, newPassword: PASSWORD } });
    expect(changed.error).toBeUndefined();
  }
  return { officer: accounts.officer.email, supervisor: accounts.supervisor.email };
}

async function walkIn(serviceCode: string): Promise<{ id: string; number: string }> {
  const taken = await createApiClient({ baseUrl: apps.apiUrl }).POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
    params: { path: { code: REGION, siteCode: SITE } },
    body: { agencyCode: AGENCY, serviceCode },
  });
  expect(taken.error).toBeUndefined();
  return { id: taken.data?.id ?? '', number: taken.data?.number ?? '' };
}

async function ticketPage(id: string) {
  const page = await createApiClient({ baseUrl: apps.apiUrl }).GET('/v1/regions/{code}/tickets/{ticketId}', {
    params: { path: { code: REGION, ticketId: id } },
  });
  return page.data;
}

/** Signs in at `/loket` and opens the counter (the first one offered, unless named) for every service. */
async function openCounter(screen: Screen, email: string, counterName?: string): Promise<void> {
  const { page } = screen;
  await page.goto('/loket');
  await page.getByLabel('Alamat email').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Buka loket' }).waitFor();
  if (counterName) await page.getByRole('radio', { name: counterName }).check();
  await page.getByRole('button', { name: 'Buka loket' }).click();
  await page.getByText('Loket buka').waitFor();
}

const current = (page: Page) => page.locator('.desk__number');
/** The focus out of any field, as after a click on the page: letters are shortcuts again. */
const leaveFields = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
/** Presses a shortcut and waits for the desk to confirm the move by name. */
async function shortcut(page: Page, key: string, confirmation: string): Promise<void> {
  await leaveFields(page);
  await page.keyboard.press(key);
  await page.getByRole('status').getByText(`Berhasil: ${confirmation}`, { exact: true }).waitFor();
}

test('an officer works the counter by keyboard: call, hold, skip a no-show, transfer to another service, call a held number back, finish', async () => {
  const { officer } = await dpmptspStaff();
  const [first, second, third, fourth] = [
    await walkIn('nib-oss'),
    await walkIn('nib-oss'),
    await walkIn('nib-oss'),
    await walkIn('nib-oss'),
  ];
  const screen = await newScreen(browser, apps.apiUrl, 'desk');
  const { page } = screen;
  await openCounter(screen, officer);
  await page.getByRole('heading', { level: 1, name: 'Loket 1' }).waitFor();
  await page.getByText(/^I Pendampingan Penerbitan NIB.*: 4 menunggu$/).waitFor();
  await checkScreen(screen, 'desk-open-dpmptsp');

  // N calls the first in line; H sets it aside (a missing document).
  await shortcut(page, 'n', 'Panggil berikutnya');
  await current(page).getByText(first.number, { exact: true }).waitFor();
  await shortcut(page, 'h', 'Tunda');
  await page.getByText('Belum ada nomor dipanggil').waitFor();
  expect((await ticketPage(first.id))?.status).toBe('held');

  // The next visitor does not come: L marks a no-show, counted in today's figures.
  await shortcut(page, 'n', 'Panggil berikutnya');
  await current(page).getByText(second.number, { exact: true }).waitFor();
  await shortcut(page, 'l', 'Lewati (tidak hadir)');
  expect((await ticketPage(second.id))?.status).toBe('no_show');
  await page.locator('.facts div', { hasText: 'Tidak hadir' }).getByText('1', { exact: true }).waitFor();

  // The third came for the wrong service: T goes to the transfer field, the ticket joins PBG's line.
  await shortcut(page, 'n', 'Panggil berikutnya');
  await current(page).getByText(third.number, { exact: true }).waitFor();
  await shortcut(page, 's', 'Mulai layani');
  await page.getByText('Status: Sedang dilayani').waitFor();
  await leaveFields(page);
  await page.keyboard.press('t');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('desk-transfer');
  // Every agency at the mall is a destination (the desk's own first), but not the line the ticket is in.
  const destinations = await page
    .locator('#desk-transfer option')
    .evaluateAll((options) => options.map((option) => option.getAttribute('value')));
  expect(destinations).toEqual(expect.arrayContaining(['dpmptsp-kota-bogor/pbg', 'disdukcapil/ktp-el']));
  expect(destinations).not.toContain('dpmptsp-kota-bogor/nib-oss');
  expect(await page.locator('#desk-transfer optgroup').first().getAttribute('label')).toMatch(/Penanaman Modal/);
  await page.getByLabel(/Alihkan ke layanan/).selectOption({ label: 'U · Persetujuan Bangunan Gedung (PBG)' });
  await page.getByRole('button', { name: 'Alihkan', exact: true }).click();
  await page.getByRole('status').getByText('Berhasil: Alihkan', { exact: true }).waitFor();
  await page.getByText('Belum ada nomor dipanggil').waitFor();
  const transferred = await ticketPage(third.id);
  expect({ status: transferred?.status, service: transferred?.serviceCode }).toEqual({ status: 'waiting', service: 'pbg' });

  // The held visitor is back with the document: P goes to the number field, Enter calls it.
  await leaveFields(page);
  await page.keyboard.press('p');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('desk-call-number');
  await page.keyboard.type(first.number.toLowerCase());
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('Berhasil: Panggil nomor', { exact: true }).waitFor();
  await current(page).getByText(first.number, { exact: true }).waitFor();
  await shortcut(page, 'r', 'Panggil ulang');
  await shortcut(page, 's', 'Mulai layani');
  await shortcut(page, 'f', 'Selesai');
  expect((await ticketPage(first.id))?.status).toBe('done');

  // A shortcut typed into a field is text, not a move.
  await page.getByLabel(/Nomor antrean/).fill('');
  await page.getByLabel(/Nomor antrean/).pressSequentially('n');
  await expect.poll(() => page.getByLabel(/Nomor antrean/).inputValue()).toBe('n');
  expect((await ticketPage(fourth.id))?.status).toBe('waiting');

  // An officer may not pick a waiting visitor out of turn: the API refuses, the desk says why.
  await page.getByLabel(/Nomor antrean/).fill(fourth.number);
  await page.getByRole('button', { name: 'Panggil nomor' }).click();
  await page
    .getByRole('alert')
    .getByText(/Hanya supervisor yang dapat memanggil nomor/)
    .waitFor();
  expect((await ticketPage(fourth.id))?.status).toBe('waiting');
  await checkScreen(screen, 'desk-refused-out-of-turn');

  await page.getByRole('button', { name: 'Tutup loket' }).click();
  await page.getByText('Loket tutup').waitFor();
  await screen.context.close();
}, 300_000);

test('a supervisor calls a waiting visitor out of turn at their counter, and it is audited', async () => {
  const { supervisor } = await dpmptspStaff();
  const [, jumped] = [await walkIn('nib-oss'), await walkIn('nib-oss')];
  const screen = await newScreen(browser, apps.apiUrl, 'desk');
  const { page } = screen;
  await openCounter(screen, supervisor, 'Loket 2');
  await page.getByRole('heading', { level: 1, name: 'Loket 2' }).waitFor();

  await page.getByLabel(/Nomor antrean/).fill(jumped.number);
  await page.getByRole('button', { name: 'Panggil nomor' }).click();
  await page.getByRole('status').getByText('Berhasil: Panggil nomor', { exact: true }).waitFor();
  await current(page).getByText(jumped.number, { exact: true }).waitFor();
  expect((await ticketPage(jumped.id))?.status).toBe('called');
  await checkScreen(screen, 'desk-called-out-of-turn');

  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const audit = await admin.GET('/admin/api/v1/audit-events', { params: { query: { region: REGION, action: 'queue.call-out-of-turn' } } });
  expect(audit.data?.items.map((item) => (item.details as { ticketNumber?: string }).ticketNumber)).toContain(jumped.number);

  await shortcut(page, 's', 'Mulai layani');
  await shortcut(page, 'f', 'Selesai');
  await page.getByRole('button', { name: 'Tutup loket' }).click();
  await page.getByText('Loket tutup').waitFor();
  await screen.context.close();
}, 300_000);
