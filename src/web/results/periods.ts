/**
 * Reporting periods: quarters of the Thai fiscal year (Q1 = October–December … Q4 = July–September),
 * named by the BE year the fiscal year ends in. Pure, so the period picker and the tests share it.
 */
import { fiscalYearOf, fiscalYearShortLabel } from '../../shared/fiscal-year';
import { toGregorianYear, type UiLocale } from '../../shared/format-date';

export type Quarter = 1 | 2 | 3 | 4;
export interface Period {
  fiscalYear: number;
  quarter: Quarter;
}

/** 'YYYY-MM-DD' first and last day of a fiscal quarter. */
export function quarterRange({ fiscalYear, quarter }: Period): { start: string; end: string } {
  const endYear = toGregorianYear(fiscalYear);
  const startMonth = ((quarter - 1) * 3 + 9) % 12; // 0-based: Oct, Jan, Apr, Jul
  const year = quarter === 1 ? endYear - 1 : endYear;
  const lastDay = [31, 31, 30, 30][quarter - 1]; // Dec 31, Mar 31, Jun 30, Sep 30
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(startMonth + 1)}-01`, end: `${year}-${pad(startMonth + 3)}-${lastDay}` };
}

/** The fiscal quarter holding a calendar date ('YYYY-MM-DD' or a Date, read by its local day). */
export function periodOf(value: Date | string): Period {
  const month = typeof value === 'string' ? Number(value.slice(5, 7)) : value.getMonth() + 1;
  const quarter = (Math.floor(((month + 2) % 12) / 3) + 1) as Quarter; // Oct→1, Jan→2, Apr→3, Jul→4
  return { fiscalYear: fiscalYearOf(value), quarter };
}

/** A stable key for maps, URLs and selects: "2569-Q1". */
export const periodKey = ({ fiscalYear, quarter }: Period) => `${fiscalYear}-Q${quarter}`;

export function parsePeriodKey(key: string): Period | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  return match ? { fiscalYear: Number(match[1]), quarter: Number(match[2]) as Quarter } : null;
}

/** "ไตรมาส 1 ปีงบ 2569" / "Q1 FY2026". */
export function periodLabel(period: Period, locale: UiLocale): string {
  const year = fiscalYearShortLabel(period.fiscalYear, locale);
  return locale === 'th' ? `ไตรมาส ${period.quarter} ${year}` : `Q${period.quarter} ${year}`;
}

/** Short axis label for trend charts: "Q1/69" / "Q1 FY26". */
export function periodShortLabel(period: Period, locale: UiLocale): string {
  return locale === 'th'
    ? `ไตรมาส ${period.quarter}/${String(period.fiscalYear).slice(2)}`
    : `Q${period.quarter} FY${String(toGregorianYear(period.fiscalYear)).slice(2)}`;
}

export const comparePeriods = (a: Period, b: Period) => a.fiscalYear - b.fiscalYear || a.quarter - b.quarter;

export function shiftPeriod({ fiscalYear, quarter }: Period, quarters: number): Period {
  const index = fiscalYear * 4 + (quarter - 1) + quarters;
  return { fiscalYear: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter };
}

/** The `count` quarters ending with the one holding `today`, newest first: the period picker's list. */
export function recentPeriods(today: Date | string, count: number): Period[] {
  const current = periodOf(today);
  return Array.from({ length: count }, (_, i) => shiftPeriod(current, -i));
}
