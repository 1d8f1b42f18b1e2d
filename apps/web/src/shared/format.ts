import { locale } from '../app/i18n';

/** A moment as the mall's wall clock shows it: "Senin, 1 Desember 07.30". */
export function formatMoment(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** A moment with its date and year, for records (the console's history): "1 Des 2026 07.30". */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatRupiah(amount: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

/** The IANA zone of the API's WIB/WITA/WIT label, to show times on the mall's own clock. */
export function ianaZone(label: string | undefined): string | undefined {
  return label === 'WIB' ? 'Asia/Jakarta' : label === 'WITA' ? 'Asia/Makassar' : label === 'WIT' ? 'Asia/Jayapura' : undefined;
}
