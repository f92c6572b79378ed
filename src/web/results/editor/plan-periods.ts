import { quartersOf } from '../../../shared/results';

/** The plan's periods a target or a progress report may name: each fiscal year (BE) after its four quarters, in time order. */
export function planPeriods(fyStart: number, fyEnd: number): string[] {
  const periods: string[] = [];
  for (let fy = fyStart; fy <= fyEnd; fy++) periods.push(...quartersOf(fy), String(fy));
  return periods;
}
