import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaDirection, scoreKpi, weightedTotal, weightsSumTo100 } from './agreements.scoring.js';
import { formatScaled } from './decimal.js';

/** Five strictly monotonic criteria with two decimals, rising or falling, and a value around them. */
const criteriaArb = fc
  .record({
    start: fc.integer({ min: -100_000, max: 100_000 }),
    steps: fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 4, maxLength: 4 }),
    falling: fc.boolean(),
  })
  .map(({ start, steps, falling }) => {
    const units = [start];
    for (const s of steps) units.push(units[units.length - 1] + (falling ? -s : s));
    return units;
  });
const toText = (units: number) => formatScaled(BigInt(units), 2);
const valueArb = fc.integer({ min: -400_000, max: 400_000 });

/** The same piecewise-linear curve written another way: 1 + Σ clamp((x − cᵢ)/(cᵢ₊₁ − cᵢ), 0, 1). */
function bruteForce(criteria: number[], x: number): number {
  const sign = criteria[4] > criteria[0] ? 1 : -1;
  let score = 1;
  for (let i = 0; i < 4; i++) {
    const t = (sign * (x - criteria[i])) / (sign * (criteria[i + 1] - criteria[i]));
    score += Math.min(1, Math.max(0, t));
  }
  return score;
}

describe('KPI scoring (property)', () => {
  it('matches the brute-force curve to four decimals', () => {
    fc.assert(
      fc.property(criteriaArb, valueArb, (c, x) => {
        const score = Number(scoreKpi(c.map(toText), toText(x)));
        expect(Math.abs(score - bruteForce(c, x))).toBeLessThanOrEqual(0.00005 + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the level exactly at each criterion', () => {
    fc.assert(
      fc.property(criteriaArb, fc.integer({ min: 0, max: 4 }), (c, level) => {
        expect(scoreKpi(c.map(toText), toText(c[level]))).toBe(`${level + 1}.0000`);
      }),
    );
  });

  it('is monotonic in the actual value, in the indicator’s direction, and stays within [1, 5]', () => {
    fc.assert(
      fc.property(criteriaArb, valueArb, valueArb, (c, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = Number(scoreKpi(c.map(toText), toText(lo)));
        const sHi = Number(scoreKpi(c.map(toText), toText(hi)));
        if (c[4] > c[0]) expect(sLo).toBeLessThanOrEqual(sHi);
        else expect(sLo).toBeGreaterThanOrEqual(sHi);
        for (const s of [sLo, sHi]) expect(s >= 1 && s <= 5).toBe(true);
      }),
    );
  });

  it('weighted total lies in [1, 5] and equals Σ wᵢsᵢ / 100 when weights sum to 100', () => {
    const kpisArb = fc
      .array(fc.record({ w: fc.integer({ min: 1, max: 100 }), s: fc.integer({ min: 10_000, max: 50_000 }) }), { minLength: 1, maxLength: 12 })
      .map((rows) => {
        // scale weights (in hundredths of a percent) to total exactly 100.00
        const raw = rows.map((r) => r.w);
        const sum = raw.reduce((a, b) => a + b, 0);
        const weights = raw.map((w) => Math.floor((w * 10_000) / sum));
        weights[0] += 10_000 - weights.reduce((a, b) => a + b, 0);
        return rows.map((r, i) => ({ weight: formatScaled(BigInt(weights[i]), 2), score: formatScaled(BigInt(r.s), 4), w: weights[i], s: r.s }));
      })
      .filter((kpis) => kpis.every((k) => k.w > 0));
    fc.assert(
      fc.property(kpisArb, (kpis) => {
        expect(weightsSumTo100(kpis.map((k) => k.weight))).toBe(true);
        const total = weightedTotal(kpis)!;
        const value = Number(total);
        expect(value).toBeGreaterThanOrEqual(1);
        expect(value).toBeLessThanOrEqual(5);
        const brute = kpis.reduce((sum, k) => sum + (k.w / 100) * (k.s / 10_000), 0) / 100;
        expect(Math.abs(value - brute)).toBeLessThanOrEqual(0.00005 + 1e-9);
      }),
    );
  });
});

describe('KPI scoring (examples)', () => {
  const up = ['60', '70', '80', '90', '100'];
  const down = ['25', '20', '15', '10', '5'];

  it('scores linearly between levels and clamps at both ends', () => {
    expect(scoreKpi(up, '75')).toBe('2.5000');
    expect(scoreKpi(up, '83.33')).toBe('3.3330');
    expect(scoreKpi(up, '10')).toBe('1.0000');
    expect(scoreKpi(up, '150')).toBe('5.0000');
    expect(scoreKpi(down, '12.5')).toBe('3.5000');
    expect(scoreKpi(down, '30')).toBe('1.0000');
    expect(scoreKpi(down, '0')).toBe('5.0000');
    expect(scoreKpi(['0', '1', '2', '3', '4'], '0.33333')).toBe('1.3333');
    expect(scoreKpi(['0', '3', '6', '9', '12'], '2')).toBe('1.6667');
  });

  it('recognises the criteria direction and refuses non-monotonic criteria', () => {
    expect(criteriaDirection(up)).toBe('up');
    expect(criteriaDirection(down)).toBe('down');
    expect(criteriaDirection(['1', '2', '2', '3', '4'])).toBeNull();
    expect(criteriaDirection(['1', '3', '2', '4', '5'])).toBeNull();
    expect(() => scoreKpi(['1', '1', '1', '1', '1'], '1')).toThrow(RangeError);
  });

  it('requires weights of exactly 100 and a score for every KPI', () => {
    expect(weightsSumTo100(['33.33', '33.33', '33.33'])).toBe(false);
    expect(weightsSumTo100(['33.34', '33.33', '33.33'])).toBe(true);
    expect(weightsSumTo100([])).toBe(false);
    expect(
      weightedTotal([
        { weight: '60', score: '5.0000' },
        { weight: '40', score: '2.5000' },
      ]),
    ).toBe('4.0000');
    expect(
      weightedTotal([
        { weight: '60', score: '5.0000' },
        { weight: '40', score: null },
      ]),
    ).toBeNull();
  });
});
