import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ApiSchema } from '@mpp/api-client';

import { i18n } from '../../app/i18n';
import { ApiFailure } from '../../shared/api';
import { surveyBody, type SurveyDraft, surveyPath } from './survey-answers';
import { SurveyForm } from './survey-form';

const ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;

/** A deployment's wording: U3's question reworded, so the test sees the API's words and not built-in ones. */
const form = {
  regionCode: '32.71',
  questions: ELEMENTS.map((element) => ({
    element,
    question:
      element === 'U3'
        ? { id: 'Berapa lama Anda menunggu di MPP Bogor?', en: 'How long did you wait at MPP Bogor?' }
        : { id: `Pertanyaan ${element}`, en: `Question ${element}` },
    answers: [1, 2, 3, 4].map((value) => ({ value, label: { id: `Jawaban ${element}-${value}`, en: `Answer ${element}-${value}` } })),
  })),
  profileOptions: { ageBand: ['under_20', '30_39'], sex: ['male', 'female'], education: ['sma'], occupation: ['other'] },
  subject: null,
} as unknown as ApiSchema<'SurveyFormDto'>;

function show(error: unknown = null, onSubmit: (draft: SurveyDraft) => void = () => undefined) {
  return render(
    <I18nextProvider i18n={i18n}>
      <SurveyForm form={form} pending={false} error={error} onSubmit={onSubmit} />
    </I18nextProvider>,
  );
}

afterEach(async () => {
  await i18n.changeLanguage('id');
});

describe('SurveyForm', () => {
  it('asks the nine elements in the deployment’s wording, Indonesian first and English on switch', async () => {
    show();
    expect(screen.getAllByRole('group')).toHaveLength(9);
    const u3 = screen.getByRole('group', { name: '3. Berapa lama Anda menunggu di MPP Bogor?' });
    expect(within(u3).getAllByRole('radio')).toHaveLength(4);
    within(u3).getByRole('radio', { name: 'Jawaban U3-4' });
    await i18n.changeLanguage('en');
    screen.getByRole('group', { name: '3. How long did you wait at MPP Bogor?' });
    screen.getByRole('radio', { name: 'Answer U3-4' });
    screen.getByRole('combobox', { name: 'Age' });
  });

  it('sends the answers by element code, with only the profile fields and suggestion given', () => {
    const onSubmit = vi.fn<(draft: SurveyDraft) => void>();
    show(null, onSubmit);
    fireEvent.click(screen.getByRole('radio', { name: 'Jawaban U3-2' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Jawaban U1-4' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Jenis kelamin' }), { target: { value: 'female' } });
    fireEvent.change(screen.getByLabelText('Saran (boleh dikosongkan)'), { target: { value: '  Kursi tunggu kurang  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penilaian' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(surveyBody(onSubmit.mock.calls[0]?.[0] as SurveyDraft)).toEqual({
      answers: { U3: 2, U1: 4 },
      profile: { sex: 'female' },
      suggestion: 'Kursi tunggu kurang',
    });
  });

  it('shows the API’s problem with a field at that field', () => {
    show(
      new ApiFailure(400, {
        status: 400,
        code: 'SURVEY_PROFILE_INVALID',
        message: 'Profil responden hanya berisi pilihan yang tersedia',
        errors: [
          { path: 'profile.education', message: 'education harus salah satu dari pilihan' },
          { path: 'answers.U5', message: 'jawaban U5 harus 1 sampai 4' },
        ],
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('Profil responden hanya berisi pilihan yang tersedia');
    const u5 = screen.getByRole('group', { name: '5. Pertanyaan U5' });
    expect(u5.textContent).toContain('jawaban U5 harus 1 sampai 4');
    const education = screen.getByRole('combobox', { name: 'Pendidikan terakhir' }).parentElement;
    expect(education?.textContent).toContain('education harus salah satu dari pilihan');
    expect(screen.getByRole('group', { name: '4. Pertanyaan U4' }).textContent).not.toContain('harus');
  });
});

describe('surveyBody and surveyPath', () => {
  it('leaves out a blank suggestion and an empty profile', () => {
    expect(surveyBody({ answers: { U9: 1 }, profile: { ageBand: '' }, suggestion: '   ' })).toEqual({ answers: { U9: 1 } });
  });

  it('puts the survey under the ticket’s or the application’s own page', () => {
    expect(surveyPath('32.71', { ticketId: 'abc' })).toBe('/warga/32.71/tiket/abc/survei');
    expect(surveyPath('32.71', { trackingCode: '7KQ2M-9XW4T' })).toBe('/warga/32.71/permohonan/7KQ2M-9XW4T/survei');
  });
});
