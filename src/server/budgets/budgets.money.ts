/**
 * Money as bigint satang: the API's decimal strings are parsed exactly, never through a float.
 * SQL numeric does the sums; this is for comparisons and small arithmetic in TypeScript.
 */
export function toSatang(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  if (fraction.length > 2 && /[1-9]/.test(fraction.slice(2))) throw new Error(`not a satang amount: ${amount}`);
  const satang = BigInt(whole || '0') * 100n + BigInt(`${fraction.slice(0, 2)}00`.slice(0, 2));
  return negative ? -satang : satang;
}

export function fromSatang(satang: bigint): string {
  const negative = satang < 0n;
  const abs = negative ? -satang : satang;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** "1250000.5" → "1250000.50": every amount in answers carries two decimals. */
export const normaliseMoney = (amount: string | null | undefined): string => fromSatang(toSatang(amount ?? '0'));
