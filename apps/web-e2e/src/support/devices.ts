import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import type { AdminClient } from '@mpp/api-client';

import { REGION, SITE } from './test-deployment';

/** A pairing code from the region admin, as the console's devices page creates it. */
export async function pairingCode(admin: AdminClient, kind: 'kiosk' | 'board', name: string): Promise<string> {
  const created = await admin.POST('/admin/api/v1/regions/{regionCode}/devices/pairing-codes', {
    params: { path: { regionCode: REGION } },
    body: { siteCode: SITE, kind, name },
  });
  expect(created.response.status).toBe(201);
  return created.data?.code ?? '';
}

/** Types the code on the device's pairing page, as an admin would on the kiosk's or TV's screen. */
export async function pair(page: Page, code: string): Promise<void> {
  await page.getByLabel('Kode pemasangan').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Pasang', exact: true }).click();
}

/** Records what the board says instead of speaking it (headless Chromium has no voice), ending each at once. */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.defineProperty(window, '__spoken', { value: spoken });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, lang: utterance.lang });
      setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 5);
    };
  });
}

/** What the board has said so far, oldest first. */
export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
