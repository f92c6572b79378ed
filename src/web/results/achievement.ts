/**
 * Achievement against target as a traffic light. The server computes achievement and status; this
 * maps its words to the shared palette and, where only a percentage is known, applies the rule both
 * sides share (`achievementStatus` in src/shared/results.ts). The light always travels with a text
 * label, never colour alone.
 */
import { achievementStatus, type AchievementStatus, type ProgressStatus } from '../../shared/results';
import type { TrafficLight } from '../common/chart/palette';

/** The server's achievement statuses and the progress-report statuses, as lights. */
const BY_STATUS: Record<AchievementStatus | ProgressStatus, TrafficLight> = {
  green: 'good',
  amber: 'warning',
  red: 'poor',
  on_track: 'good',
  done: 'good',
  at_risk: 'warning',
  off_track: 'poor',
  cancelled: 'none',
};

/** The light for a percentage alone. */
export function lightOfPercent(percent: number | null | undefined): TrafficLight {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return 'none';
  return BY_STATUS[achievementStatus(percent) ?? 'red'];
}

/** The server's status word when it sent a known one, else the percentage's light. */
export function trafficLight(status: string | null | undefined, percent: number | null | undefined): TrafficLight {
  const known = status ? BY_STATUS[status as keyof typeof BY_STATUS] : undefined;
  return known ?? lightOfPercent(percent);
}

/** A numeric string or number from the API as a number for charts (never for money arithmetic). */
export function toChartNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Indicator roll-up items (element or organisation dashboard) as achievement bars. */
export function indicatorAchievementItems<
  I extends { indicator: { id: string; nameTh: string; nameEn: string }; current?: { achievement: number | null; status: string | null } | null },
>(items: I[], name: (named: { nameTh: string; nameEn: string }) => string): Array<{ id: string; name: string; percent: number | null; light: TrafficLight }> {
  return items.map((i) => ({
    id: i.indicator.id,
    name: name(i.indicator),
    percent: i.current?.achievement ?? null,
    light: trafficLight(i.current?.status, i.current?.achievement),
  }));
}
