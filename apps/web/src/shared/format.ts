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

/** The time of day of an instant on the mall's wall clock: "16.00" (Indonesian) or "4:00 PM" (English). */
export function formatClock(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`, the mall's own date) as people say it: "Jumat, 25 Desember 2026". */
export function formatDay(date: string): string {
  // Noon UTC stays on the same calendar day in every Indonesian zone.
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

export function formatRupiah(amount: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

/** The IANA zone of the API's WIB/WITA/WIT label, to show times on the mall's own clock. */
export function ianaZone(label: string | undefined): string | undefined {
  return label === 'WIB' ? 'Asia/Jakarta' : label === 'WITA' ? 'Asia/Makassar' : label === 'WIT' ? 'Asia/Jayapura' : undefined;
}

/** A figure as the reader's language writes it: "6,5" (Indonesian) or "6.5" (English), at most one decimal. */
export function formatFigure(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value);
}
