/** Locales the product speaks; Thai shows the Buddhist Era, English the Gregorian calendar. */
export type UiLocale = 'th' | 'en';

const CALENDAR_LOCALE: Record<UiLocale, string> = { th: 'th-TH-u-ca-buddhist', en: 'en-GB' };

export type DateStyle = 'short' | 'medium' | 'long';

const isCalendarDate = (value: Date | string): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return isCalendarDate(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
}

/** A calendar date: 30 Sep 2026 → "30 ก.ย. 2569" in Thai, "30 Sept 2026" in English. */
export function formatDate(value: Date | string, locale: UiLocale, style: DateStyle = 'medium', timeZone = 'Asia/Bangkok'): string {
  // a 'YYYY-MM-DD' string is a calendar date, not a moment: no time zone may shift its day
  if (isCalendarDate(value)) timeZone = 'UTC';
  const month = style === 'short' ? '2-digit' : style === 'medium' ? 'short' : 'long';
  return new Intl.DateTimeFormat(CALENDAR_LOCALE[locale], { day: 'numeric', month, year: 'numeric', timeZone }).format(toDate(value));
}

/** A moment (audit entries, updates): date and time to the minute, in Bangkok time by default. */
export function formatDateTime(value: Date | string, locale: UiLocale, timeZone = 'Asia/Bangkok'): string {
  return new Intl.DateTimeFormat(CALENDAR_LOCALE[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(toDate(value));
}

/** Buddhist Era year of a Gregorian year (2026 → 2569). */
export const toBuddhistYear = (gregorianYear: number) => gregorianYear + 543;
export const toGregorianYear = (buddhistYear: number) => buddhistYear - 543;
