import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { launchChromium, newScreen, type Screen, screenshot, seriousViolations } from './support/browser';
import { WORKSPACE } from './support/real-apps';
import { PASSWORD, REGION_ADMIN } from './support/staff';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

/** Kota Tangerang Selatan: not deployed by the browser tests' setup, so this region is the console's own. */
const TANGSEL_ADMIN = 'admin.tangsel@demo.mpp.go.id';
const tangsel = readFileSync(path.join(WORKSPACE, 'deployments/kota-tangerang-selatan.yaml'), 'utf8');

async function desk(): Promise<Screen> {
  return newScreen(browser, apps.apiUrl, 'desk');
}

async function expectAccessible(screen: Screen, name: string): Promise<void> {
  await screenshot(screen.page, name);
  expect(await seriousViolations(screen.page)).toEqual([]);
  expect(screen.outside).toEqual([]);
}

async function signIn(screen: Screen, email: string): Promise<void> {
  const { page } = screen;
  await page.goto('/konsol');
  await page.getByRole('heading', { level: 1, name: 'Masuk ke konsol' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** Two mistakes apart: a rollout stage and a kind of site that do not exist. */
function broken(): { text: string; lines: number[] } {
  const text = tangsel.replace('rolloutStatus: inaugurated', 'rolloutStatus: diresmikan').replace('    kind: mall\n', '    kind: gedung\n');
  const lines = text.split('\n');
  return {
    text,
    lines: [
      lines.findIndex((line) => line.includes('rolloutStatus: diresmikan')) + 1,
      lines.findIndex((line) => line.includes('kind: gedung')) + 1,
    ],
  };
}

test('a region admin checks a broken file, sees each problem at its line, fixes it, plans, applies and finds it in the history', async () => {
  const screen = await desk();
  const { page } = screen;
  await signIn(screen, TANGSEL_ADMIN);
  await page.getByRole('heading', { level: 1, name: 'Deployment 36.74' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/konsol/wilayah/36.74/deployment');
  await page.getByText('Belum ada penerapan yang tercatat untuk daerah ini.').waitFor();
  await expectAccessible(screen, 'console-deployment-empty-desk');

  const { text, lines } = broken();
  const editor = page.getByRole('textbox', { name: 'Berkas deployment (YAML)' });
  await editor.fill(text);
  await page.getByRole('button', { name: 'Periksa' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Berkas ini memiliki' });
  await problems.waitFor();
  const listed = await problems.getByRole('listitem').allInnerTexts();
  expect(listed.length).toBeGreaterThanOrEqual(2);
  for (const line of lines)
    expect(
      listed.some((item) => item.startsWith(`Baris ${line},`)),
      `a problem at line ${line} in ${listed.join(' | ')}`,
    ).toBe(true);
  // Each problem is marked in the editor at its own line too.
  await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThanOrEqual(2);
  const markedLines = await page
    .locator('.cm-gutter-lint .cm-gutterElement')
    .evaluateAll((elements) =>
      elements.filter((element) => element.querySelector('.cm-lint-marker-error')).map((element) => element.getBoundingClientRect().top),
    );
  expect(markedLines.length).toBeGreaterThanOrEqual(2);
  await expectAccessible(screen, 'console-deployment-problems-desk');

  // Fixed: the file as it should be, opened from the computer.
  await page
    .getByLabel('Buka berkas YAML dari komputer')
    .setInputFiles({ name: 'kota-tangerang-selatan.yaml', mimeType: 'application/yaml', buffer: Buffer.from(tangsel) });
  await page.getByRole('button', { name: 'Periksa' }).click();
  await page.getByText(/^Berkas valid: \d+ instansi, \d+ layanan\.$/).waitFor();
  expect(await page.getByRole('alert').filter({ hasText: 'Berkas ini memiliki' }).count()).toBe(0);

  await page.getByRole('button', { name: 'Lihat rencana' }).click();
  await page.getByRole('heading', { name: 'Rencana perubahan' }).waitFor();
  expect(await page.getByRole('cell', { name: 'Dibuat' }).count()).toBeGreaterThan(10);
  await expectAccessible(screen, 'console-deployment-plan-desk');

  await page.getByRole('button', { name: 'Terapkan…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Terapkan perubahan ini?' });
  await confirm.waitFor();
  await expectAccessible(screen, 'console-deployment-confirm-desk');
  await confirm.getByRole('button', { name: 'Ya, terapkan sekarang' }).click();
  await page.getByText(/^Diterapkan: \d+ dibuat/).waitFor();
  const history = page.getByRole('region', { name: 'Riwayat penerapan' });
  await history.getByRole('cell', { name: 'kota-tangerang-selatan.yaml' }).waitFor();

  // A change of one field reads as before → after.
  await editor.fill(tangsel.replace('rolloutStatus: inaugurated', 'rolloutStatus: operational'));
  await page.getByRole('button', { name: 'Lihat rencana' }).click();
  const row = page.getByRole('row').filter({ hasText: 'rolloutStatus' });
  await row.waitFor();
  expect(await row.innerText()).toMatch(/Diubah\s+Daerah\s+36\.74\s+rolloutStatus:?\s*inaugurated → operational/);

  // The live configuration loads back into the editor and plans to no change.
  await page.getByRole('button', { name: 'Muat konfigurasi yang berjalan' }).click();
  await expect.poll(() => editor.innerText()).toContain('36.74');
  await page.getByRole('button', { name: 'Lihat rencana' }).click();
  await page.getByText('Tidak ada yang berubah: konfigurasi yang berjalan sudah sama dengan berkas ini.').waitFor();
  await screen.context.close();
});

test('a region admin cannot reach another region’s pages or data', async () => {
  const screen = await desk();
  const { page } = screen;
  await signIn(screen, REGION_ADMIN);
  await page.getByRole('heading', { level: 1, name: 'Deployment 32.71' }).waitFor();
  await page.goto('/konsol/wilayah/36.74/deployment');
  await page.getByText('Anda tidak berhak membuka halaman ini untuk daerah 36.74.').waitFor();
  expect(await page.getByRole('button', { name: 'Periksa' }).count()).toBe(0);
  await expectAccessible(screen, 'console-refused-desk');
  // The page hides it, and the API refuses it all the same, with the token this page holds.
  const status = await page.evaluate(async () => {
    const session = JSON.parse(sessionStorage.getItem('mpp.console.session') ?? '{}') as { accessToken?: string };
    const response = await fetch('/admin/api/v1/regions/36.74/deployment', { headers: { authorization: `Bearer ${session.accessToken}` } });
    return response.status;
  });
  expect(status).toBe(403);
  await screen.context.close();
});

test('a national admin finds any region and starts a new one from the national templates', async () => {
  const screen = await desk();
  const { page } = screen;
  await signIn(screen, 'nasional@demo.mpp.go.id');
  await page.getByRole('heading', { level: 1, name: 'Pilih daerah' }).waitFor();
  await page.getByLabel('Nama atau kode kabupaten/kota').fill('bojonegoro');
  await page.getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name: /Bojonegoro \(35\.22\)/i }).waitFor();
  await expectAccessible(screen, 'console-regions-desk');
  await page.getByRole('link', { name: /Bojonegoro \(35\.22\)/i }).click();
  await page.getByRole('heading', { level: 1, name: 'Deployment 35.22' }).waitFor();
  await page.getByRole('button', { name: 'Mulai dari templat nasional' }).click();
  const editor = page.getByRole('textbox', { name: 'Berkas deployment (YAML)' });
  // The editor draws only the lines in view: the file's head says where it came from.
  await expect.poll(() => editor.innerText()).toContain('Starting file for Kabupaten Bojonegoro (35.22)');
  await page.getByRole('button', { name: 'Periksa' }).click();
  // What only the region knows (its site's address and hours) is left to fill in: the check says where.
  await page.getByRole('alert').filter({ hasText: 'Berkas ini memiliki' }).waitFor();
  await expectAccessible(screen, 'console-new-region-desk');
  await screen.context.close();
});
