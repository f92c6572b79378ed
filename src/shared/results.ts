/**
 * Results-based management vocabulary shared by the server (tables, schemas) and the web app
 * (forms, legends): indicator enumerations, reporting periods and the achievement rule.
 */
export const INDICATOR_KINDS = ['output', 'outcome', 'impact'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** count: whole numbers ≥ 0; percent: 0–100; baht: money, 2 decimals; number: any decimal. */
export const INDICATOR_UNITS = ['count', 'percent', 'baht', 'number'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ['up', 'down', 'keep'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const ROLLUP_RULES = ['sum', 'mean', 'weighted_mean', 'min', 'max', 'latest', 'none'] as const;
export type RollupRule = (typeof ROLLUP_RULES)[number];

/** The area level an indicator is broken down to (measurements carry a DOPA code of that level). */
export const AREA_BREAKDOWNS = ['province', 'district', 'subdistrict'] as const;
export type AreaBreakdown = (typeof AREA_BREAKDOWNS)[number];

export const MEASUREMENT_STATUSES = ['draft', 'submitted', 'verified', 'rejected'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export const PROGRESS_STATUSES = ['on_track', 'at_risk', 'off_track', 'done', 'cancelled'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const ACHIEVEMENT_STATUSES = ['green', 'amber', 'red'] as const;
export type AchievementStatus = (typeof ACHIEVEMENT_STATUSES)[number];

/** A reporting period: a fiscal year "2569" or a quarter "2569-Q1" (Q1 = Oct–Dec). */
export const PERIOD_PATTERN = '^[0-9]{4}(-Q[1-4])?$';
const PERIOD_RE = new RegExp(PERIOD_PATTERN);

export function parsePeriod(period: string): { fy: number; quarter: number | null } | null {
  if (!PERIOD_RE.test(period)) return null;
  return { fy: Number(period.slice(0, 4)), quarter: period.length > 4 ? Number(period.slice(6)) : null };
}

/** The four quarters of a fiscal year, in order. */
export const quartersOf = (fy: number): string[] => [1, 2, 3, 4].map((q) => `${fy}-Q${q}`);

/** Orders periods by time: a year sorts after its own quarters (it closes them). */
export function comparePeriods(a: string, b: string): number {
  const key = (p: string) => Number(p.slice(0, 4)) * 10 + (p.length > 4 ? Number(p.slice(6)) : 5);
  return key(a) - key(b);
}

/**
 * Achievement % against the target, respecting the direction:
 * - up: value ÷ target (a target of 0 is met by any value ≥ 0);
 * - down: target ÷ value (a value of 0 meets any target ≥ 0);
 * - keep: 100 − the deviation from the target in % of the target, not below 0.
 * Rounded to 2 decimals; null without a value or a target.
 */
export function achievementPercent(direction: IndicatorDirection, value: number | null, target: number | null): number | null {
  if (value === null || target === null || !Number.isFinite(value) || !Number.isFinite(target)) return null;
  let pct: number;
  if (direction === 'up') pct = target === 0 ? (value >= 0 ? 100 : 0) : (value / target) * 100;
  else if (direction === 'down') pct = value <= 0 ? (target >= 0 ? 100 : 0) : Math.max(0, (target / value) * 100);
  else pct = target === 0 ? (value === 0 ? 100 : 0) : Math.max(0, 100 - (Math.abs(value - target) / Math.abs(target)) * 100);
  return Math.round(pct * 100) / 100;
}

/** Traffic light: green at or above 100 % (on target), amber from 80 %, red below 80 %. */
export function achievementStatus(achievement: number | null): AchievementStatus | null {
  if (achievement === null) return null;
  return achievement >= 100 ? 'green' : achievement >= 80 ? 'amber' : 'red';
}
