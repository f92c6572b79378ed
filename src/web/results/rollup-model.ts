/**
 * Shaping roll-up answers for charts, free of React: the quarterly points of a trend in time
 * order, and the mean achievement of a group of indicators per quarter (a strategy's trend line).
 */
import { comparePeriods, parsePeriodKey } from './periods';
import { toChartNumber } from './achievement';

export interface RollupPointLike {
  period: string;
  value: string | null;
  target: string | null;
  achievement: number | null;
}

/** Quarter points only (a fiscal-year point closes its quarters and would double them), oldest first. */
export function quarterPoints<P extends RollupPointLike>(trend: P[]): P[] {
  return trend.filter((p) => parsePeriodKey(p.period) !== null).sort((a, b) => comparePeriods(parsePeriodKey(a.period)!, parsePeriodKey(b.period)!));
}

/** Every quarter any of the trends has, oldest first. */
export function quartersOf(trends: RollupPointLike[][]): string[] {
  const keys = new Set(trends.flatMap((t) => quarterPoints(t).map((p) => p.period)));
  return [...keys].sort((a, b) => comparePeriods(parsePeriodKey(a)!, parsePeriodKey(b)!));
}

/** The mean of the indicators' achievements per quarter (those with one), 2 decimals; null where none has one. */
export function meanAchievement(trends: RollupPointLike[][], periods: string[]): Array<number | null> {
  return periods.map((period) => {
    const values = trends
      .map((t) => t.find((p) => p.period === period)?.achievement)
      .filter((a): a is number => a !== null && a !== undefined && Number.isFinite(a));
    if (values.length === 0) return null;
    return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;
  });
}

/** One indicator's values and targets over the given quarters, as chart numbers. */
export function valuesOver(trend: RollupPointLike[], periods: string[]): { actual: Array<number | null>; target: Array<number | null> } {
  const byPeriod = new Map(trend.map((p) => [p.period, p]));
  return {
    actual: periods.map((p) => toChartNumber(byPeriod.get(p)?.value)),
    target: periods.map((p) => toChartNumber(byPeriod.get(p)?.target)),
  };
}
