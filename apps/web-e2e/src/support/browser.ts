import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

import { WORKSPACE } from './real-apps';

/** Where every screen's screenshot goes; CI keeps this folder (README). */
export const SCREENSHOTS = path.join(WORKSPACE, 'dist/screenshots');

export const SIZES = {
  phone: { width: 360, height: 640 },
  kioskPortrait: { width: 1080, height: 1920 },
  kioskLandscape: { width: 1920, height: 1080 },
  tv: { width: 1920, height: 1080 },
  desk: { width: 1366, height: 768 },
} as const;

/**
 * Debian's Chromium, headless, offline but for loopback. Playwright gives each launch a fresh
 * profile folder of its own (and removes it on close).
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.MPP_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface Screen {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the apps on loopback (a font, script or style from the internet): none expected. */
  outside: string[];
}

export async function newScreen(browser: Browser, baseURL: string, size: keyof typeof SIZES): Promise<Screen> {
  const context = await browser.newContext({ baseURL, viewport: SIZES[size], locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const outside: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  return { context, page, outside };
}

/** A full-page screenshot into dist/screenshots, named by screen and size. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe-core's serious and critical findings on the page as it is now (empty when none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** A screen as it is now: screenshotted into dist/screenshots, no serious axe-core finding, nothing fetched from the internet. */
export async function checkScreen(screen: Screen, name: string): Promise<void> {
  await screenshot(screen.page, name);
  expect(await seriousViolations(screen.page), name).toEqual([]);
  expect(screen.outside, name).toEqual([]);
}

/** A phone screen as it is now: `checkScreen`, and phone first: nothing wider than a 360 px screen. */
export async function checkPhoneScreen(screen: Screen, name: string): Promise<void> {
  await checkScreen(screen, name);
  expect(await screen.page.evaluate(() => document.documentElement.scrollWidth), `${name} is wider than the phone`).toBeLessThanOrEqual(
    360,
  );
}
