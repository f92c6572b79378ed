/**
 * Exact decimals as scaled bigints, so weights and scores never pass through a float.
 * `numeric` columns arrive as strings ('25.00', '-3.5'); this reads and writes them.
 */
export interface Scaled {
  /** the value times 10^scale */
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

export function parseDecimal(text: string): Scaled {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal: ${text}`);
  const fraction = m[3] ?? '';
  const units = BigInt(m[2] + fraction);
  return { units: m[1] ? -units : units, scale: fraction.length };
}

/** The same value at a larger scale. */
export function rescale(value: Scaled, scale: number): bigint {
  if (scale < value.scale) throw new RangeError('rescale can only add digits');
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** Reads several decimals at one common scale, so they compare and subtract as bigints. */
export function alignDecimals(texts: string[]): { units: bigint[]; scale: number } {
  const parsed = texts.map(parseDecimal);
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  return { units: parsed.map((p) => rescale(p, scale)), scale };
}

/** a / b rounded half away from zero (b > 0). */
export function divideRounded(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError('divisor must be positive');
  const q = a / b;
  const r = a % b;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= b) return a < 0n ? q - 1n : q + 1n;
  return q;
}

/** `units / 10^scale` written with exactly `scale` decimals: formatScaled(32500n, 4) = '3.2500'. */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Compare two decimal strings exactly. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const { units } = alignDecimals([a, b]);
  return units[0] < units[1] ? -1 : units[0] > units[1] ? 1 : 0;
}
