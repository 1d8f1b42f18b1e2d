import { ProvinceCode, type RegionCode } from './region-code';

export type IndonesianTimeZone = 'WIB' | 'WITA' | 'WIT';

export interface TimeZoneInfo {
  zone: IndonesianTimeZone;
  iana: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  utcOffsetHours: 7 | 8 | 9;
}

const ZONES: Record<IndonesianTimeZone, TimeZoneInfo> = {
  WIB: { zone: 'WIB', iana: 'Asia/Jakarta', utcOffsetHours: 7 },
  WITA: { zone: 'WITA', iana: 'Asia/Makassar', utcOffsetHours: 8 },
  WIT: { zone: 'WIT', iana: 'Asia/Jayapura', utcOffsetHours: 9 },
};

/**
 * Keppres 41/1987 splits Indonesia into three zones by province. Every province lies in one
 * zone, so the zone of a kabupaten/kota is that of its province. Kalimantan Barat and
 * Kalimantan Tengah are WIB; the other Kalimantan provinces are WITA.
 */
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

export function timeZoneOfProvince(province: ProvinceCode): TimeZoneInfo {
  const code = province.value;
  if (code.startsWith('8') || code.startsWith('9')) return ZONES.WIT;
  if (WITA_PROVINCES.has(code)) return ZONES.WITA;
  return ZONES.WIB;
}

/** Western Indonesian Time: the ministry's own clock, and the zone most regions keep. */
export const WIB_UTC_OFFSET_HOURS = ZONES.WIB.utcOffsetHours;

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a zone `utcOffsetHours` from UTC: the one
 * home of "which day is it there" (a ticket's service day, an override's "today", a deadline).
 */
export function localDateAt(at: Date, utcOffsetHours: number): string {
  return new Date(at.getTime() + utcOffsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** Today's date in the region's own zone: an override for "today" must not count as past in WIT. */
export function todayInRegion(region: RegionCode, now = new Date()): string {
  return localDateAt(now, timeZoneOfProvince(region.province).utcOffsetHours);
}

/**
 * An instant as the site's wall clock shows it, with its offset: `2026-11-25T16:00:00+07:00`.
 * Indonesia's zones (WIB, WITA, WIT) are whole hours with no daylight saving.
 */
export function localDateTime(at: Date, utcOffsetHours: number): string {
  const local = new Date(at.getTime() + utcOffsetHours * 3_600_000).toISOString().slice(0, 19);
  const sign = utcOffsetHours < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(utcOffsetHours)).padStart(2, '0')}:00`;
}
