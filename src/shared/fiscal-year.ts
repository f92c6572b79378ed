import { toBuddhistYear, toGregorianYear, type UiLocale } from './format-date.js';

/**
 * The Thai government fiscal year runs 1 October – 30 September and is named by the Buddhist Era
 * year it ends in: 1 Oct 2025 – 30 Sep 2026 is FY 2569.
 */
export type FiscalYear = number;

/** Fiscal year (BE) of a date; 'YYYY-MM-DD' strings are read as calendar dates. */
export function fiscalYearOf(value: Date | string): FiscalYear {
  const [year, month] =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
      ? [Number(value.slice(0, 4)), Number(value.slice(5, 7))]
      : [(value as Date).getFullYear(), (value as Date).getMonth() + 1];
  return toBuddhistYear(month >= 10 ? year + 1 : year);
}

/** First and last day of a fiscal year as 'YYYY-MM-DD' (Gregorian, as stored). */
export function fiscalYearRange(fy: FiscalYear): { start: string; end: string } {
  const endYear = toGregorianYear(fy);
  return { start: `${endYear - 1}-10-01`, end: `${endYear}-09-30` };
}

/** "ปีงบประมาณ พ.ศ. 2569" / "FY 2026 (BE 2569)": English readers get the Gregorian end year too. */
export function fiscalYearLabel(fy: FiscalYear, locale: UiLocale): string {
  return locale === 'th' ? `ปีงบประมาณ พ.ศ. ${fy}` : `FY ${toGregorianYear(fy)} (BE ${fy})`;
}

/** Short form for tables and chips: "ปีงบ 2569" / "FY2026". */
export function fiscalYearShortLabel(fy: FiscalYear, locale: UiLocale): string {
  return locale === 'th' ? `ปีงบ ${fy}` : `FY${toGregorianYear(fy)}`;
}
