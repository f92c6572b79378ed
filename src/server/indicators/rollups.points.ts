import { achievementPercent, achievementStatus, comparePeriods, type IndicatorDirection } from '../../shared/results.js';
import type { IndicatorRollup, RollupPoint } from './indicators.schema.js';
import { indicatorRef, type IndicatorRow } from './indicators.queries.js';

export interface PointRow {
  period: string;
  value: string | null;
  target: string | null;
  n: number | null;
}

export function toPoint(direction: IndicatorDirection, r: PointRow): RollupPoint {
  const achievement = achievementPercent(direction, r.value === null ? null : Number(r.value), r.target === null ? null : Number(r.target));
  return { period: r.period, value: r.value, target: r.target, achievement, status: achievementStatus(achievement), count: r.n ?? 0 };
}

/** The trend (oldest first) and the point of the asked period, or of the latest period with a value. */
export function toRollup(indicator: IndicatorRow, rows: PointRow[], period: string | undefined): IndicatorRollup {
  const trend = rows.map((r) => toPoint(indicator.direction, r)).sort((a, b) => comparePeriods(a.period, b.period));
  const current = period ? (trend.find((p) => p.period === period) ?? null) : ([...trend].reverse().find((p) => p.value !== null) ?? null);
  return { indicator: indicatorRef(indicator), current, trend };
}

export function countStatuses(items: IndicatorRollup[]) {
  const counts = { green: 0, amber: 0, red: 0, none: 0 };
  for (const item of items) counts[item.current?.status ?? 'none'] += 1;
  return counts;
}
