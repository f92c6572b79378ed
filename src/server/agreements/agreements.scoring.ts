import { alignDecimals, divideRounded, formatScaled } from './decimal.js';

/**
 * Performance-agreement scoring on the Thai public-sector five-level scale (DESIGN §4
 * "Performance scores"): a KPI's criteria are the indicator values that earn levels 1…5; the
 * score is linear between neighbouring levels and clamped to [1, 5]; the agreement's total is
 * the weight-averaged score. Pure and exact: decimals are scaled bigints, never floats, so the
 * same inputs give the same four-decimal score on the server, in tests and in print.
 */

/** Scores and totals carry four decimals (1.0000–5.0000). */
export const SCORE_SCALE = 4;
const SCORE_UNIT = 10n ** BigInt(SCORE_SCALE);

export type CriteriaDirection = 'up' | 'down';

/** Levels 1…5 must strictly rise (up) or strictly fall (down) with the indicator's direction. */
export function criteriaDirection(criteria: readonly string[]): CriteriaDirection | null {
  if (criteria.length !== 5) return null;
  const { units } = alignDecimals([...criteria]);
  const rising = units.every((u, i) => i === 0 || u > units[i - 1]);
  const falling = units.every((u, i) => i === 0 || u < units[i - 1]);
  return rising ? 'up' : falling ? 'down' : null;
}

/**
 * The score (as a bigint of 1/10000ths) of `actual` against five monotonic criteria.
 * For falling criteria (a "down" indicator, lower is better) the axis is mirrored.
 */
export function scoreUnits(criteria: readonly string[], actual: string): bigint {
  const direction = criteriaDirection(criteria);
  if (!direction) throw new RangeError('criteria must be five strictly monotonic values');
  const { units } = alignDecimals([...criteria, actual]);
  const sign = direction === 'up' ? 1n : -1n;
  const c = units.slice(0, 5).map((u) => u * sign);
  const x = units[5] * sign;
  if (x <= c[0]) return SCORE_UNIT;
  if (x >= c[4]) return 5n * SCORE_UNIT;
  let level = 0;
  while (x >= c[level + 1]) level++;
  // level (0-based) i: c[i] <= x < c[i+1]; score = (i+1) + (x - c[i]) / (c[i+1] - c[i])
  return BigInt(level + 1) * SCORE_UNIT + divideRounded((x - c[level]) * SCORE_UNIT, c[level + 1] - c[level]);
}

/** '1.0000'…'5.0000'. */
export function scoreKpi(criteria: readonly string[], actual: string): string {
  return formatScaled(scoreUnits(criteria, actual), SCORE_SCALE);
}

/** Weights are percentages (e.g. '25.00'); they must add up to exactly 100. */
export function weightsTotal(weights: readonly string[]): string {
  if (weights.length === 0) return '0';
  const { units, scale } = alignDecimals([...weights]);
  return formatScaled(
    units.reduce((a, b) => a + b, 0n),
    scale,
  );
}

export function weightsSumTo100(weights: readonly string[]): boolean {
  if (weights.length === 0) return false;
  const { units, scale } = alignDecimals([...weights]);
  return units.reduce((a, b) => a + b, 0n) === 100n * 10n ** BigInt(scale);
}

/** Σ weight × score / Σ weight, four decimals; null when any KPI has no score yet. */
export function weightedTotal(kpis: readonly { weight: string; score: string | null }[]): string | null {
  if (kpis.length === 0 || kpis.some((k) => k.score === null)) return null;
  const weights = alignDecimals(kpis.map((k) => k.weight));
  const scores = alignDecimals(kpis.map((k) => k.score!));
  const weightSum = weights.units.reduce((a, b) => a + b, 0n);
  if (weightSum <= 0n) return null;
  const weighted = weights.units.reduce((sum, w, i) => sum + w * scores.units[i], 0n);
  // weighted / weightSum is at the scores' scale; bring it to SCORE_SCALE
  const numerator = weighted * 10n ** BigInt(SCORE_SCALE);
  const denominator = weightSum * 10n ** BigInt(scores.scale);
  return formatScaled(divideRounded(numerator, denominator), SCORE_SCALE);
}
