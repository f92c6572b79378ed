/**
 * Baht as the user types it and as the API carries it: decimal strings, never binary floats.
 * Sums and differences go through bigint satang, so a funding gap of 0.10 is 0.10 and not
 * 0.09999999999999998.
 */

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

export type MoneyProblem = 'notNumber' | 'negative' | 'tooManyDecimals';
export type ParsedMoney = { ok: true; value: string | null } | { ok: false; problem: MoneyProblem };

/**
 * A typed amount as the API's decimal string with two decimals ("1234.50"); empty is null.
 * Accepts Thai digits, thousands separators (comma, space, no-break space), a leading ฿ or THB
 * and a trailing บาท / baht, because people paste amounts from documents that carry them.
 */
export function parseBahtInput(input: string): ParsedMoney {
  let text = input.trim();
  if (text === '') return { ok: true, value: null };
  text = text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
  text = text
    .replace(/^(฿|THB)\s*/i, '')
    .replace(/\s*(บาท|baht)$/i, '')
    .replace(/^\u2212/, '-');
  text = text.replace(/[\s,\u00a0\u202f]/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, problem: 'notNumber' };
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > 2) return { ok: false, problem: 'tooManyDecimals' };
  const value = `${whole.replace(/^0+(?=\d)/, '') || '0'}.${significant.padEnd(2, '0')}`;
  if (negative && value !== '0.00') return { ok: false, problem: 'negative' };
  return { ok: true, value };
}

/** A decimal string ("-12.5", "1000", "0.05") as whole satang. Throws on anything else. */
export function toSatang(amount: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new RangeError(`not a baht amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  const satang = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -satang : satang;
}

/** Whole satang as the API's decimal string with two decimals. */
export function fromSatang(satang: bigint): string {
  const negative = satang < 0n;
  const abs = negative ? -satang : satang;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/**
 * Decimal strings the server sends may carry more than two decimals (numeric(…, 4) for rates) or
 * trailing zeros ("100.0000"): reduce them to satang exactly when they are whole satang.
 */
export function normaliseAmount(amount: string): string {
  const match = /^(-?\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new RangeError(`not a baht amount: ${amount}`);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) throw new RangeError(`more than satang precision: ${amount}`);
  return fromSatang(toSatang(fraction ? `${match[1]}.${fraction}` : match[1]));
}

export const sumBaht = (amounts: readonly string[]): string => fromSatang(amounts.reduce((total, a) => total + toSatang(normaliseAmount(a)), 0n));

export const subtractBaht = (a: string, b: string): string => fromSatang(toSatang(normaliseAmount(a)) - toSatang(normaliseAmount(b)));

export const compareBaht = (a: string, b: string): -1 | 0 | 1 => {
  const d = toSatang(normaliseAmount(a)) - toSatang(normaliseAmount(b));
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** An amount for an edit field: grouped digits with satang and no currency sign ("1,234.50"). */
export function formatBahtForInput(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const [whole, fraction] = normaliseAmount(amount).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
