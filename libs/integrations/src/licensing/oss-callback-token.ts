import { createHash, timingSafeEqual } from 'node:crypto';

import { localDateAt, WIB_UTC_OFFSET_HOURS } from '@mpp/domain';

/**
 * OSS signs its callbacks (`receiveNIB`, `receiveFileDS`) with a header `Token` = lowercase hex
 * SHA-1 of username + password + NIB + the date as YYYYMMDD [C: PIA OSS RBA v4.3.22]. The
 * username and password are the ones agreed with OSS (OSS_CALLBACK_USERNAME, _PASSWORD). The
 * date is OSS's, in WIB; the day before and after are accepted too, for calls around midnight
 * and clocks that differ a little.
 */
export function ossCallbackToken(credentials: { username: string; password: string }, nib: string, day: string): string {
  return createHash('sha1').update(`${credentials.username}${credentials.password}${nib}${day}`).digest('hex');
}

export function verifyOssCallbackToken(
  token: string | undefined,
  credentials: { username: string; password: string },
  nib: string,
  now: Date = new Date(),
): boolean {
  if (!token || !/^[0-9a-fA-F]{40}$/.test(token)) return false;
  const given = Buffer.from(token.toLowerCase(), 'utf8');
  return [-1, 0, 1].some((shift) => {
    const expected = Buffer.from(ossCallbackToken(credentials, nib, wibDay(now, shift)), 'utf8');
    return timingSafeEqual(given, expected);
  });
}

/** YYYYMMDD in WIB (UTC+7), `shift` days from `now`. */
export function wibDay(now: Date, shift = 0): string {
  return localDateAt(new Date(now.getTime() + shift * 86_400_000), WIB_UTC_OFFSET_HOURS).replaceAll('-', '');
}
