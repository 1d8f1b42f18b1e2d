import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { launchChromium, newScreen, type Screen, screenshot, seriousViolations } from './support/browser';
import { PASSWORD } from './support/staff';

const apps = inject('apps');
const VIEWER = 'pemantau@demo.mpp.go.id';
const NATIONAL_ADMIN = 'nasional@demo.mpp.go.id';
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
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

async function expectAccessible(screen: Screen, name: string): Promise<void> {
  await screenshot(screen.page, name);
  expect(await seriousViolations(screen.page)).toEqual([]);
  expect(screen.outside).toEqual([]);
}

test('the ministry’s viewer sees every kabupaten/kota, filters, the progress and the map, exports, and cannot change anything', async () => {
  const screen = await newScreen(browser, apps.apiUrl, 'desk');
  const { page } = screen;
  await signIn(screen, VIEWER);
  await page.getByRole('heading', { level: 1, name: 'Dasbor nasional MPP' }).waitFor();
  await page.getByRole('table', { name: '514 kabupaten/kota' }).waitFor();
  await page.getByRole('img', { name: 'Peta gerai MPP menurut tahap daerahnya' }).waitFor();
  await page.getByRole('img', { name: /Kemajuan penerapan/ }).waitFor();
  // Read-only: no region page is offered, only the dashboard in the menu.
  const bogor = page.getByRole('row', { name: /Kota Bogor/ });
  expect(await bogor.getByRole('link').count()).toBe(0);
  expect(await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link').allTextContents()).toEqual(['Dasbor nasional']);
  await expectAccessible(screen, 'console-national-dashboard-desk');

  await page.getByLabel('Provinsi').selectOption('32');
  await page.getByRole('button', { name: 'Terapkan saringan' }).click();
  const caption = page.getByRole('table', { name: /kabupaten\/kota/ });
  await page.waitForFunction(() => !document.querySelector('caption')?.textContent?.startsWith('514'));
  const shown = Number((await caption.locator('caption').textContent())?.split(' ')[0]);
  expect(shown).toBeGreaterThan(20);
  expect(shown).toBeLessThan(514);
  const codes = await page.locator('tbody tr td:first-child').allTextContents();
  expect(codes.filter((code) => /^\d\d\.\d\d$/.test(code)).every((code) => code.startsWith('32.'))).toBe(true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mpp-nasional-.*-32\.csv$/);

  // A region's console page is refused, and so is a change sent straight to the API with the viewer's session.
  await page.goto('/konsol/wilayah/32.71/deployment');
  await page.getByRole('alert').filter({ hasText: 'Anda tidak berhak membuka halaman ini' }).waitFor();
  const refused = await page.evaluate(async () => {
    const session = JSON.parse(sessionStorage.getItem('mpp.console.session') ?? '{}') as { accessToken?: string };
    const response = await fetch('/admin/api/v1/deployments/apply', {
      method: 'POST',
      headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ file: 'x.yaml', content: 'region: {}' }),
    });
    return { status: response.status, code: ((await response.json()) as { code: string }).code };
  });
  expect(refused).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });
  await screenshot(page, 'console-national-refused-region-desk');

  await page.goto('/konsol/nasional');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'National MPP dashboard' }).waitFor();
  await page.getByRole('columnheader', { name: 'Mean wait (min)' }).waitFor();
  await expectAccessible(screen, 'console-national-dashboard-en-desk');
  await screen.context.close();
  // One long journey through a 514-row page: on a loaded shared machine it takes minutes.
}, 600_000);

test('a national admin opens a region’s console pages from its row', async () => {
  const screen = await newScreen(browser, apps.apiUrl, 'desk');
  const { page } = screen;
  await signIn(screen, NATIONAL_ADMIN);
  await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Dasbor nasional' }).click();
  await page.getByRole('table', { name: '514 kabupaten/kota' }).waitFor();
  await page
    .getByRole('row', { name: /Kota Bogor/ })
    .getByRole('link', { name: 'Kota Bogor' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Deployment 32.71' }).waitFor();
  await screen.context.close();
});
