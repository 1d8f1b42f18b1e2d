import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import type { ApiSchema } from '@mpp/api-client';

import { i18n } from '../../app/i18n';
import { OpeningStatus, SpecialDays, WeeklyHours } from './opening-status';

const site = (now: Partial<ApiSchema<'SiteDto'>['now']>): ApiSchema<'SiteDto'> =>
  ({
    code: 'mpp',
    name: 'MPP',
    kind: 'mall',
    address: 'Jl. Juanda 10',
    coordinates: { lat: 0, lon: 0 },
    hours: { mon: [{ from: '07:30', to: '16:00' }], sat: [{ from: '08:00', to: '12:00' }] },
    now: { date: '2026-12-01', hours: [], open: false, acceptingTickets: false, ...now },
  }) as unknown as ApiSchema<'SiteDto'>;

function show(node: React.ReactNode) {
  return render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

describe('OpeningStatus', () => {
  it('says until when an open site is open and takes tickets, as the API computed it', () => {
    show(
      <OpeningStatus
        site={site({ open: true, acceptingTickets: true, openUntil: '2026-12-01T09:00:00.000Z', ticketsUntil: '2026-12-01T08:00:00.000Z' })}
        timeZone="Asia/Jakarta"
      />,
    );
    expect(screen.getByText('Buka sekarang')).toBeTruthy();
    // The mall's wall clock (WIB), not the UTC instant the API sends.
    expect(screen.getByText(/^Buka sampai pukul 16[.:]00$/)).toBeTruthy();
    expect(screen.getByText(/^Nomor antrean diambil sampai pukul 15[.:]00$/)).toBeTruthy();
  });

  it('names the holiday and the next opening on the mall’s clock when closed', () => {
    show(
      <OpeningStatus
        site={site({ closedReason: 'holiday', closedLabel: 'Hari Jadi Bogor', nextOpening: '2026-12-02T00:30:00.000Z' })}
        timeZone="Asia/Jakarta"
      />,
    );
    expect(screen.getByText('Tutup: Hari Jadi Bogor')).toBeTruthy();
    expect(screen.getByText(/^Buka lagi Rabu, 2 Desember/).textContent).toMatch(/07[.:]30/);
  });
});

describe('WeeklyHours', () => {
  it('lists every day from Monday, with the closed ones', () => {
    show(<WeeklyHours site={site({})} />);
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows[0]).toBe('Senin07:30–16:00');
    expect(rows[5]).toBe('Sabtu08:00–12:00');
    expect(rows[6]).toBe('MingguTutup');
  });
});

describe('SpecialDays', () => {
  it('names each holiday and extra opening day with its date, and shows nothing when there is none', () => {
    const withDays = {
      ...site({}),
      specialDays: [
        { date: '2026-12-25', open: false, reason: 'Hari Raya Natal' },
        { date: '2026-12-27', open: true, reason: 'Pelayanan KTP-el hari Minggu', hours: [{ from: '08:00', to: '12:00' }] },
      ],
    } as ApiSchema<'SiteDto'>;
    show(<SpecialDays site={withDays} />);
    expect(screen.getByText('Jumat, 25 Desember 2026: tutup (Hari Raya Natal)')).toBeTruthy();
    expect(screen.getByText('Minggu, 27 Desember 2026: buka 08:00–12:00 (Pelayanan KTP-el hari Minggu)')).toBeTruthy();
    const { container } = show(<SpecialDays site={{ ...site({}), specialDays: [] } as ApiSchema<'SiteDto'>} />);
    expect(container.textContent).toBe('');
  });
});
