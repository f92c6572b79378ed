import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from '../../../shared/results';
import { planPeriods } from './plan-periods';

describe('planPeriods', () => {
  it('lists each fiscal year of the plan after its quarters, in time order, every one a valid period', () => {
    const periods = planPeriods(2568, 2569);
    expect(periods).toEqual(['2568-Q1', '2568-Q2', '2568-Q3', '2568-Q4', '2568', '2569-Q1', '2569-Q2', '2569-Q3', '2569-Q4', '2569']);
    expect([...periods].sort(comparePeriods)).toEqual(periods);
    expect(periods.every((p) => parsePeriod(p) !== null)).toBe(true);
  });

  it('is empty for an inverted span', () => {
    expect(planPeriods(2570, 2569)).toEqual([]);
  });
});
