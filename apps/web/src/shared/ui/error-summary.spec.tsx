import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { i18n } from '../../app/i18n';
import { ApiFailure } from '../api';
import { ErrorSummary } from './error-summary';

function show(error: unknown, extra?: string) {
  return render(
    <I18nextProvider i18n={i18n}>
      <ErrorSummary error={error} extra={extra} />
    </I18nextProvider>,
  );
}

describe('ErrorSummary', () => {
  it('shows a refusal in the API’s own words, not its developer detail, and takes the focus', () => {
    show(
      new ApiFailure(409, {
        status: 409,
        code: 'SERVICE_CLOSED',
        message: 'Layanan sedang tutup',
        errors: [{ path: 'serviceCode', message: 'closed now (break)' }],
      }),
      'Buka lagi Rabu, 2 Desember pukul 08.00',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveProperty('textContent', expect.stringContaining('Layanan sedang tutup'));
    expect(alert.textContent).toContain('Buka lagi Rabu');
    expect(alert.textContent).not.toContain('closed now');
    expect(document.activeElement).toBe(alert);
  });

  it('lists each field’s problem when the API refuses the input', () => {
    show(
      new ApiFailure(400, {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Ada isian permintaan yang tidak valid',
        errors: [{ path: 'phone', message: 'Nomor ponsel tidak valid' }],
      }),
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ada isian permintaan yang tidak valid',
      'Nomor ponsel tidak valid',
    ]);
  });

  it('says the server cannot be reached when the request never got an answer', () => {
    show(new TypeError('Failed to fetch'));
    expect(screen.getByRole('alert').textContent).toContain('Tidak dapat menghubungi server');
  });

  it('shows nothing without an error', () => {
    show(null);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
