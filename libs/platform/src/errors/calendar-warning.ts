import { type CalendarGap, localDateAt, WIB_UTC_OFFSET_HOURS } from '@mpp/domain';

import type { Language } from './error-messages';

/** A warning, not an error: the answer is still right for today, but the days ahead are not known. */
export interface CalendarWarning {
  code: 'NATIONAL_CALENDAR_NOT_COVERED';
  uncoveredFrom: string;
  missingYears: number[];
  message: string;
}

/** The warning for a gap in the national calendar, in Bahasa Indonesia unless English is asked for. */
export function calendarWarning(gap: CalendarGap, language: Language = 'id'): CalendarWarning {
  const years = gap.missingYears.join(', ');
  const message =
    language === 'en'
      ? `The national calendar has no holidays loaded for ${years}: from ${gap.uncoveredFrom}, national holidays and cuti bersama count as working days until a national admin loads the year`
      : `Kalender nasional belum memuat hari libur tahun ${years}: mulai ${gap.uncoveredFrom}, libur nasional dan cuti bersama terhitung hari kerja sampai admin nasional memuat tahun tersebut`;
  return { code: 'NATIONAL_CALENDAR_NOT_COVERED', uncoveredFrom: gap.uncoveredFrom, missingYears: gap.missingYears, message };
}

/** Today's date in WIB, the zone most regions keep; the 90-day horizon absorbs the hours between zones. */
export function todayInWib(now = new Date()): string {
  return localDateAt(now, WIB_UTC_OFFSET_HOURS);
}
