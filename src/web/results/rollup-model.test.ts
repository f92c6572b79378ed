import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanAchievement, quarterPoints, quartersOf, valuesOver } from './rollup-model';

const point = (period: string, achievement: number | null, value: string | null = null, target: string | null = null) => ({
  period,
  value,
  target,
  achievement,
});

describe('roll-up shaping', () => {
  it('keeps quarters in time order and drops fiscal-year points', () => {
    const trend = [point('2569-Q1', 1), point('2568', 2), point('2568-Q4', 3), point('2568-Q2', 4)];
    expect(quarterPoints(trend).map((p) => p.period)).toEqual(['2568-Q2', '2568-Q4', '2569-Q1']);
    expect(quartersOf([trend, [point('2569-Q2', 5), point('2568-Q4', 6)]])).toEqual(['2568-Q2', '2568-Q4', '2569-Q1', '2569-Q2']);
  });

  it('averages the achievements present per quarter', () => {
    const trends = [[point('2569-Q1', 100), point('2569-Q2', null)], [point('2569-Q1', 50.5)], []];
    expect(meanAchievement(trends, ['2569-Q1', '2569-Q2'])).toEqual([75.25, null]);
  });

  it('equals a brute-force mean on random trends (property)', () => {
    const periods = ['2569-Q1', '2569-Q2', '2569-Q3'];
    const trendArb = fc
      .array(fc.record({ period: fc.constantFrom(...periods), achievement: fc.option(fc.integer({ min: 0, max: 300 })) }), { maxLength: 3 })
      .map((ps) => [...new Map(ps.map((p) => [p.period, point(p.period, p.achievement)])).values()]);
    fc.assert(
      fc.property(fc.array(trendArb, { maxLength: 6 }), (trends) => {
        const got = meanAchievement(trends, periods);
        periods.forEach((period, i) => {
          let sum = 0;
          let n = 0;
          for (const t of trends)
            for (const p of t)
              if (p.period === period && p.achievement !== null) {
                sum += p.achievement;
                n++;
              }
          expect(got[i]).toBe(n === 0 ? null : Math.round((sum / n) * 100) / 100);
        });
      }),
    );
  });

  it('reads values and targets as chart numbers per quarter, gaps as null', () => {
    expect(valuesOver([point('2569-Q1', 90, '9', '10')], ['2569-Q1', '2569-Q2'])).toEqual({ actual: [9, null], target: [10, null] });
  });
});
