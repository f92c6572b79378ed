import type { UiLocale } from './format-date.js';

const NUMBER_LOCALE: Record<UiLocale, string> = { th: 'th-TH', en: 'en-GB' };

/**
 * Baht from the decimal string the API returns (money is never a binary float in storage).
 * Formatting goes through Number: exact to the satang for amounts far above any budget line
 * (doubles hold 15 significant digits).
 */
export function formatBaht(amount: string | number, locale: UiLocale, options: { fractionDigits?: 0 | 2 } = {}): string {
  const digits = options.fractionDigits ?? 2;
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    style: 'currency',
    currency: 'THB',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Number(amount));
}

/** Large amounts in compact form for charts and summaries: "฿1.2B" / "THB 1.2bn". */
export function formatBahtCompact(amount: string | number, locale: UiLocale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    style: 'currency',
    currency: 'THB',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(Number(amount));
}
