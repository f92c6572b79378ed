/**
 * Achievement against target as a traffic light. The server computes achievement and status; this
 * maps its words to the shared palette and, where the server gives only a percentage, applies the
 * same thresholds (≥ 100 % good, ≥ 80 % warning, below poor). The light always travels with a text
 * label, never colour alone.
 */
import type { TrafficLight } from '../common/chart/palette';

export const GOOD_FROM = 100;
export const WARNING_FROM = 80;

const BY_STATUS: Record<string, TrafficLight> = {
  achieved: 'good', met: 'good', on_track: 'good', good: 'good', green: 'good', done: 'good',
  at_risk: 'warning', warning: 'warning', partial: 'warning', amber: 'warning', yellow: 'warning',
  off_track: 'poor', not_met: 'poor', behind: 'poor', poor: 'poor', red: 'poor',
  no_data: 'none', none: 'none', no_target: 'none', unknown: 'none',
};

/** The light for a percentage alone. */
export function lightOfPercent(percent: number | null | undefined): TrafficLight {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return 'none';
  if (percent >= GOOD_FROM) return 'good';
  return percent >= WARNING_FROM ? 'warning' : 'poor';
}

/** The server's status word when it sent a known one, else the percentage's light. */
export function trafficLight(status: string | null | undefined, percent: number | null | undefined): TrafficLight {
  const known = status ? BY_STATUS[status] : undefined;
  return known ?? lightOfPercent(percent);
}

/** A numeric string or number from the API as a number for charts (never for money arithmetic). */
export function toChartNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}
