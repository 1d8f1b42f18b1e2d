import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { createApiClient } from '@mpp/api-client';

import { checkPhoneScreen, checkScreen, launchChromium, newScreen } from './support/browser';
import { adminSignedIn, REGION_ADMIN, signedIn, SUPERVISOR } from './support/staff';
import { REGION, SITE } from './support/test-deployment';

const apps = inject('apps');
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => closeBrowser?.());

const citizen = () => createApiClient({ baseUrl: apps.apiUrl });

/** The questionnaire as the deployment words it: the screens must show these words, not their own. */
async function surveyForm() {
  const form = await citizen().GET('/v1/regions/{code}/survey-form', { params: { path: { code: REGION } } });
  expect(form.error).toBeUndefined();
  return form.data?.questions ?? [];
}

/** Respondents and U1 answers so far for one service: a response the screens send shows up here. */
async function respondents(agencyCode: string, serviceCode: string): Promise<number> {
  const index = await citizen().GET('/v1/regions/{code}/satisfaction', {
    params: { path: { code: REGION }, query: { agencyCode, serviceCode } },
  });
  expect(index.error).toBeUndefined();
  return index.data?.sample.respondents ?? -1;
}

/** Picks, for every question, the answer worded `pick(answers)` in the deployment's Indonesian. */
async function answerAll(page: Page, questions: Awaited<ReturnType<typeof surveyForm>>, pick: number): Promise<void> {
  for (const [index, question] of questions.entries()) {
    const group = page.getByRole('group', { name: `${index + 1}. ${question.question.id}` });
    await group.getByRole('radio', { name: question.answers[pick]?.label.id ?? '', exact: true }).check();
  }
}

test('a citizen rates a finished ticket from its page, in either language, and a second rating is refused in words', async () => {
  const questions = await surveyForm();
  expect(questions.map((question) => question.element)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  const before = await respondents('disdukcapil', 'akta-kelahiran');
  const taken = await citizen().POST('/v1/regions/{code}/sites/{siteCode}/tickets', {
    params: { path: { code: REGION, siteCode: SITE } },
    body: { agencyCode: 'disdukcapil', serviceCode: 'akta-kelahiran' },
  });
  expect(taken.response.status).toBe(201);
  const ticket = taken.data;
  const ticketUrl = `/warga/${REGION}/tiket/${ticket?.id ?? ''}`;

  const screen = await newScreen(browser, apps.apiUrl, 'phone');
  const { page } = screen;
  // Before the visit is finished there is no survey link, and the survey's address says why in words.
  await page.goto(`${ticketUrl}/survei`);
  await page.getByText('Survei dibuka setelah tiket Anda selesai dilayani.').waitFor();
  expect(await page.getByRole('radio').count()).toBe(0);
  await checkPhoneScreen(screen, 'survey-not-open-phone');
  await page.goto(ticketUrl);
  await page.getByText('Menunggu', { exact: true }).waitFor();
  expect(await page.getByRole('link', { name: 'Isi survei kepuasan' }).count()).toBe(0);

  // The officer calls, serves and finishes it over the API; the open ticket page offers the survey by itself.
  const officer = await signedIn(apps.apiUrl, SUPERVISOR);
  const counter = { code: REGION, agencyCode: 'disdukcapil', counterCode: 'loket-5' };
  const opened = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open', {
    params: { path: counter },
    body: { siteCode: SITE, services: ['akta-kelahiran'] },
  });
  expect(opened.response.status).toBe(200);
  const called = await officer.POST('/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call', {
    params: { path: counter },
    body: { ticketNumber: ticket?.number ?? '' },
  });
  expect(called.error).toBeUndefined();
  for (const action of ['start', 'finish', 'close'] as const) {
    const answer = await officer.POST(`/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/${action}`, {
      params: { path: counter },
    } as never);
    expect([action, answer.response.status]).toEqual([action, 200]);
  }
  const link = page.getByRole('link', { name: 'Isi survei kepuasan' });
  await link.waitFor();
  await page.getByText('Selesai', { exact: true }).waitFor();
  const qr = page.getByRole('img', { name: 'Kode QR survei kepuasan' });
  expect(await qr.getAttribute('data-url')).toBe(`${apps.apiUrl}${ticketUrl}/survei`);
  await checkPhoneScreen(screen, 'citizen-ticket-done-survey-phone');

  // A second tab opened on the survey before the first answer: its answer comes too late.
  const late = await screen.context.newPage();
  await late.goto(`${ticketUrl}/survei`);
  await late.getByRole('radio').first().waitFor();

  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Survei kepuasan masyarakat' }).waitFor();
  await page.getByText('Layanan: ').waitFor();
  await page.getByRole('group', { name: `1. ${questions[0]?.question.id ?? ''}` }).waitFor();
  expect(await page.getByRole('radio').count()).toBe(36);
  await checkPhoneScreen(screen, 'survey-phone');

  // Nothing answered: the API's refusal, at the questions.
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByRole('alert').getByText('Jawaban survei harus per kode unsur U1 sampai U9').waitFor();
  expect(await page.locator('.field__error').count()).toBe(1);
  await checkPhoneScreen(screen, 'survey-refused-phone');

  // In English, the deployment's English wording.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Public satisfaction survey' }).waitFor();
  const firstInEnglish = page.getByRole('group', { name: `1. ${questions[0]?.question.en ?? ''}` });
  await firstInEnglish.getByRole('radio', { name: questions[0]?.answers[3]?.label.en ?? '', exact: true }).waitFor();
  await checkPhoneScreen(screen, 'survey-phone-en');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();

  await answerAll(page, questions, 3);
  await page.getByLabel('Jenis kelamin').selectOption('female');
  await page.getByLabel('Umur').selectOption('30_39');
  await page.getByLabel('Saran (boleh dikosongkan)').fill('Ruang tunggu perlu tambahan kursi');
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByRole('heading', { name: 'Terima kasih', exact: true }).waitFor();
  await page.getByText('Terima kasih atas penilaian Anda').waitFor();
  await checkPhoneScreen(screen, 'survey-thanks-phone');
  expect(await respondents('disdukcapil', 'akta-kelahiran')).toBe(before + 1);

  // The late tab's answer is refused in words; opened again, the survey says the visit is rated.
  await answerAll(late, questions, 2);
  await late.getByRole('button', { name: 'Kirim penilaian' }).click();
  await late.getByRole('alert').getByText('Tiket atau permohonan ini sudah dinilai; satu penilaian untuk setiap kunjungan').waitFor();
  await late.goto(`${ticketUrl}/survei`);
  await late.getByText('Kunjungan ini sudah dinilai. Satu penilaian untuk setiap tiket atau permohonan.').waitFor();
  expect(await late.getByRole('radio').count()).toBe(0);
  expect(await respondents('disdukcapil', 'akta-kelahiran')).toBe(before + 1);

  // An address no ticket has: said in words.
  await page.goto(`/warga/${REGION}/tiket/00000000-0000-4000-8000-000000000000/survei`);
  await page.getByText('Tiket ini tidak ditemukan. Periksa alamat halaman.').waitFor();
  await checkPhoneScreen(screen, 'survey-not-found-phone');
  await screen.context.close();
}, 300_000);

test('a walk-in rates a service on a kiosk kept for the survey, which then returns to its start', async () => {
  const questions = await surveyForm();
  const before = await respondents('bapenda', 'pbb-p2');
  const admin = await adminSignedIn(apps.apiUrl, apps.adminUrl, REGION_ADMIN);
  const pairing = await admin.POST('/admin/api/v1/regions/{regionCode}/devices/pairing-codes', {
    params: { path: { regionCode: REGION } },
    body: { siteCode: SITE, kind: 'kiosk', name: 'Tablet survei' },
  });
  expect(pairing.error).toBeUndefined();
  const screen = await newScreen(browser, apps.apiUrl, 'kioskLandscape');
  const { page } = screen;
  await page.goto(`/kiosk?mode=survei&diam=600&kode=${pairing.data?.code ?? ''}`);
  await page.getByRole('button', { name: 'Pasang', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Nilai layanan kami' }).waitFor();
  await checkScreen(screen, 'kiosk-survey-start-landscape');
  await page.getByRole('button', { name: 'Isi survei kepuasan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Instansi mana yang melayani Anda?' }).waitFor();
  await page.getByRole('button', { name: /Badan Pendapatan Daerah/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Layanan apa yang Anda gunakan?' }).waitFor();
  await page.getByRole('button', { name: /PBB-P2/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Survei kepuasan masyarakat' }).waitFor();
  await page.getByRole('group', { name: `1. ${questions[0]?.question.id ?? ''}` }).waitFor();
  await checkScreen(screen, 'kiosk-survey-landscape');

  await answerAll(page, questions, 2);
  await page.getByLabel('Pekerjaan utama').selectOption('entrepreneur');
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByText('Terima kasih atas penilaian Anda').waitFor();
  await checkScreen(screen, 'kiosk-survey-thanks-landscape');
  expect(await respondents('bapenda', 'pbb-p2')).toBe(before + 1);
  // After the thank-you, the next respondent finds the start.
  await page.getByRole('heading', { level: 1, name: 'Nilai layanan kami' }).waitFor({ timeout: 30_000 });

  // Left half way (5 s idle here instead of 30), the kiosk goes back to its start, in Indonesian.
  await page.goto('/kiosk?mode=survei&diam=5');
  await page.getByRole('button', { name: 'Isi survei kepuasan' }).click();
  await page.getByRole('button', { name: /Badan Pendapatan Daerah/ }).click();
  await page.getByRole('button', { name: 'English' }).click();
  const leftAt = Date.now();
  await page.getByRole('heading', { level: 1, name: 'Nilai layanan kami' }).waitFor({ timeout: 60_000 });
  expect(Date.now() - leftAt).toBeGreaterThan(3_000);
  expect(await respondents('bapenda', 'pbb-p2')).toBe(before + 1);

  // The entrance kiosk offers the survey beside the queue number.
  await page.goto('/kiosk?diam=600');
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).waitFor();
  await page.getByRole('button', { name: 'Isi survei kepuasan' }).waitFor();
  await screen.context.close();
}, 300_000);

test('an applicant follows an application by its tracking code and rates it once it is completed', async () => {
  const applied = await citizen().POST('/v1/regions/{code}/applications', {
    params: { path: { code: REGION } },
    body: {
      agencyCode: 'disdukcapil',
      serviceCode: 'akta-kelahiran',
      draft: false,
      applicant: { name: 'Siti Rahayu', nik: '3271014708900001', phone: `0812${String(Date.now()).slice(-8)}` },
    },
  });
  expect(applied.error).toBeUndefined();
  const trackingCode = applied.data?.trackingCode ?? '';
  const trackingUrl = `/warga/${REGION}/permohonan/${trackingCode}`;

  const screen = await newScreen(browser, apps.apiUrl, 'phone');
  const { page } = screen;
  await page.goto(trackingUrl);
  await page.getByRole('heading', { level: 1, name: `Permohonan ${trackingCode}` }).waitFor();
  await page.getByText('Diajukan', { exact: true }).first().waitFor();
  await page.getByText('Target selesai').waitFor();
  // Nothing personal: neither the applicant's name nor their NIK.
  expect(await page.getByText('Siti Rahayu').count()).toBe(0);
  expect(await page.getByText('3271014708900001').count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Isi survei kepuasan' }).count()).toBe(0);
  await checkPhoneScreen(screen, 'citizen-tracking-phone');

  const supervisor = await signedIn(apps.apiUrl, SUPERVISOR);
  const list = await supervisor.GET('/v1/regions/{code}/agencies/{agencyCode}/applications', {
    params: { path: { code: REGION, agencyCode: 'disdukcapil' }, query: { status: 'submitted' } },
  });
  const id = list.data?.items.find((item) => item.trackingCode === trackingCode)?.id ?? '';
  for (const body of [
    { action: 'verify' },
    { action: 'process' },
    { action: 'complete', note: 'Akta dapat diambil di loket 5' },
  ] as const) {
    const moved = await supervisor.POST('/v1/regions/{code}/applications/{id}/actions', { params: { path: { code: REGION, id } }, body });
    expect([body.action, moved.response.status]).toEqual([body.action, 200]);
  }
  await page.reload();
  await page.getByText('Selesai', { exact: true }).waitFor();
  const qr = page.getByRole('img', { name: 'Kode QR survei kepuasan' });
  expect(await qr.getAttribute('data-url')).toBe(`${apps.apiUrl}${trackingUrl}/survei`);
  await checkPhoneScreen(screen, 'citizen-tracking-completed-phone');

  await page.getByRole('link', { name: 'Isi survei kepuasan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Survei kepuasan masyarakat' }).waitFor();
  const questions = await surveyForm();
  await answerAll(page, questions, 1);
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByText('Terima kasih atas penilaian Anda').waitFor();
  await page.getByRole('link', { name: 'Kembali ke permohonan' }).click();
  await page.getByRole('heading', { level: 1, name: `Permohonan ${trackingCode}` }).waitFor();
  await page.goto(`${trackingUrl}/survei`);
  await page.getByText('Kunjungan ini sudah dinilai. Satu penilaian untuk setiap tiket atau permohonan.').waitFor();
  await screen.context.close();
});
