import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { createApiClient } from '@mpp/api-client';

import { checkScreen, launchChromium, newScreen, type Screen, screenshot, SCREENSHOTS } from './support/browser';
import { pair, pairingCode, recordSpeech, spoken } from './support/devices';
import { adminSignedIn, REGION_ADMIN, signedIn, SUPERVISOR } from './support/staff';
import { REGION, SITE } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

const counterAt = (counterCode: string) => ({ code: REGION, agencyCode: 'disdukcapil', counterCode });
const COUNTERS = ['loket-3', 'loket-4'] as const;

async function pairedBoard(name: string): Promise<Screen> {
  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const tv = await newScreen(browser, apps.apiUrl, 'tv');
  await recordSpeech(tv.page);
  await tv.page.goto('/papan');
  await pair(tv.page, await pairingCode(admin, 'board', name));
  await tv.page.getByRole('heading', { level: 1, name }).waitFor();
  return tv;
}

async function walkIn(): Promise<string> {
  const taken = await createApiClient({ baseUrl: apps.apiUrl }).POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
    params: { path: { code: REGION, siteCode: SITE } },
    body: { agencyCode: 'disdukcapil', serviceCode: 'ktp-el' },
  });
  expect(taken.error).toBeUndefined();
  return taken.data?.number ?? '';
}

/** What the page holds: JS heap after a full collection, DOM nodes (detached ones too), listeners, and the board's lists. */
async function footprint(tv: Screen, session: CDPSession) {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((item) => item.name === name)?.value ?? Number.NaN;
  const page = await tv.page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    recent: document.querySelectorAll('.board__recent li').length,
    counters: document.querySelectorAll('.board__counters li').length,
  }));
  return { heapUsed: metric('JSHeapUsedSize'), domNodes: metric('Nodes'), listeners: metric('JSEventListeners'), ...page };
}

test('the board stays the same size over a thousand calls: heap, DOM nodes, listeners and lists flat', async () => {
  const tv = await pairedBoard('Papan uji memori');
  const officer = await signedIn(apps.apiUrl, SUPERVISOR);
  for (const counterCode of COUNTERS) {
    const opened = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open', {
      params: { path: counterAt(counterCode) },
      body: { siteCode: SITE, services: ['ktp-el'] },
    });
    expect(opened.error).toBeUndefined();
  }
  // Two counters each calling a visitor: the board shows one now and one among the earlier calls.
  const numbers: string[] = [];
  for (const counterCode of COUNTERS) {
    await walkIn();
    const called = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call-next', {
      params: { path: counterAt(counterCode) },
    });
    expect(called.error).toBeUndefined();
    numbers.push(called.data?.ticket?.number ?? '');
  }
  await tv.page.locator('.board__recent').getByText(numbers[0], { exact: true }).waitFor();
  await tv.page.locator('.board__current').getByText(numbers[1], { exact: true }).waitFor();

  // Each recall is a call on the board (moved to the top, chimed and spoken); alternating counters reorder the list each time.
  let calls = COUNTERS.length;
  const recall = async (times: number) => {
    for (let index = 0; index < times; index += 1) {
      const answer = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/recall', {
        params: { path: counterAt(COUNTERS[calls % COUNTERS.length]) },
      });
      expect(answer.response.status).toBe(200);
      calls += 1;
    }
  };
  // A walk-in changes the waiting count: once the board shows it, it has handled every call before it (one stream, in order).
  const settled = async () => {
    const line = tv.page.locator('.board__lines li', { hasText: 'KTP' });
    const before = (await line.count()) > 0 ? await line.textContent() : '';
    await walkIn();
    await expect.poll(async () => ((await line.count()) > 0 ? await line.textContent() : ''), { timeout: 120_000 }).not.toBe(before);
  };

  const session = await tv.context.newCDPSession(tv.page);
  await session.send('Performance.enable');
  await recall(98);
  await settled();
  const at100 = await footprint(tv, session);
  await recall(900);
  await settled();
  const at1000 = await footprint(tv, session);
  await session.detach();
  const said = (await spoken(tv.page)).length;
  writeFileSync(path.join(SCREENSHOTS, 'board-memory.json'), JSON.stringify({ calls, at100, at1000, announcementsSpoken: said }, null, 2));

  expect(calls).toBe(1_000);
  expect(at1000.heapUsed - at100.heapUsed).toBeLessThan(2 * 1024 * 1024);
  expect(at1000.elements).toBe(at100.elements);
  expect(at1000.domNodes - at100.domNodes).toBeLessThan(200);
  expect(at1000.listeners - at100.listeners).toBeLessThan(50);
  expect({ recent: at1000.recent, counters: at1000.counters }).toEqual({ recent: at100.recent, counters: at100.counters });
  expect(at1000.recent).toBeGreaterThanOrEqual(1);
  expect(at1000.recent).toBeLessThanOrEqual(5);
  await checkScreen(tv, 'board-after-1000-calls-tv');

  for (const counterCode of COUNTERS) {
    await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/skip', {
      params: { path: counterAt(counterCode) },
    });
    const closed = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/close', {
      params: { path: counterAt(counterCode) },
    });
    expect(closed.error).toBeUndefined();
  }
  await tv.page.getByText('Belum ada panggilan').waitFor();
  await tv.context.close();
}, 600_000);

test('the board without network says it is reconnecting, and once back shows the call made meanwhile without announcing it late', async () => {
  const tv = await pairedBoard('Papan uji koneksi');
  const officer = await signedIn(apps.apiUrl, SUPERVISOR);
  const counter = counterAt('loket-3');
  await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open', {
    params: { path: counter },
    body: { siteCode: SITE, services: ['ktp-el'] },
  });
  await tv.page.getByText('Belum ada panggilan').waitFor();
  const saidBefore = (await spoken(tv.page)).length;

  await tv.context.setOffline(true);
  const banner = tv.page.getByRole('status').getByText('Koneksi terputus. Menyambung kembali…');
  await banner.waitFor({ timeout: 60_000 });
  await checkScreen(tv, 'board-offline-tv');
  await walkIn();
  const called = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call-next', {
    params: { path: counter },
  });
  const number = called.data?.ticket?.number ?? '';
  await tv.context.setOffline(false);
  await banner.waitFor({ state: 'hidden', timeout: 60_000 });
  await tv.page.locator('.board__current').getByText(number, { exact: true }).waitFor();
  await screenshot(tv.page, 'board-caught-up-tv');
  // Caught up from the snapshot: shown, but not read out as if new. Announcements are spoken in
  // order, so once a recall made now is heard, anything queued before it would have been too.
  await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/recall', { params: { path: counter } });
  await expect.poll(async () => (await spoken(tv.page)).length, { timeout: 30_000 }).toBeGreaterThan(saidBefore);
  expect((await spoken(tv.page)).slice(saidBefore).map((item) => item.text)).toEqual([expect.stringMatching(/loket tiga/i)]);

  await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/skip', { params: { path: counter } });
  await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/close', { params: { path: counter } });
  await tv.page.getByText('Belum ada panggilan').waitFor();
  await tv.context.close();
}, 300_000);
