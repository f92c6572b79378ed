import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  parsePeriodKey,
  periodKey,
  periodLabel,
  periodOf,
  periodShortLabel,
  quarterRange,
  recentPeriods,
  shiftPeriod,
  type Period,
} from './periods';

describe('reporting periods', () => {
  it('cuts the Thai fiscal year into quarters starting in October', () => {
    expect(quarterRange({ fiscalYear: 2569, quarter: 1 })).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(quarterRange({ fiscalYear: 2569, quarter: 2 })).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterRange({ fiscalYear: 2569, quarter: 3 })).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterRange({ fiscalYear: 2569, quarter: 4 })).toEqual({ start: '2026-07-01', end: '2026-09-30' });
  });

  it('finds the quarter of a date at the fiscal-year boundary', () => {
    expect(periodOf('2025-09-30')).toEqual({ fiscalYear: 2568, quarter: 4 });
    expect(periodOf('2025-10-01')).toEqual({ fiscalYear: 2569, quarter: 1 });
    expect(periodOf('2026-03-31')).toEqual({ fiscalYear: 2569, quarter: 2 });
    expect(periodOf(new Date(2026, 3, 1))).toEqual({ fiscalYear: 2569, quarter: 3 });
  });

  it('every day of a quarter maps back to that quarter (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2540, max: 2600 }), fc.constantFrom(1, 2, 3, 4), fc.integer({ min: 0, max: 91 }), (fiscalYear, q, offset) => {
        const period = { fiscalYear, quarter: q } as Period;
        const { start, end } = quarterRange(period);
        const day = new Date(`${start}T00:00:00Z`);
        day.setUTCDate(day.getUTCDate() + offset);
        const iso = day.toISOString().slice(0, 10);
        if (iso > end) return;
        expect(periodOf(iso)).toEqual(period);
      }),
    );
  });

  it('labels periods in BE for Thai and Gregorian for English', () => {
    expect(periodLabel({ fiscalYear: 2569, quarter: 1 }, 'th')).toBe('ไตรมาส 1 ปีงบ 2569');
    expect(periodLabel({ fiscalYear: 2569, quarter: 1 }, 'en')).toBe('Q1 FY2026');
    expect(periodShortLabel({ fiscalYear: 2569, quarter: 3 }, 'th')).toBe('ไตรมาส 3/69');
    expect(periodShortLabel({ fiscalYear: 2569, quarter: 3 }, 'en')).toBe('Q3 FY26');
  });

  it('round-trips keys and refuses malformed ones', () => {
    expect(periodKey({ fiscalYear: 2569, quarter: 2 })).toBe('2569-Q2');
    expect(parsePeriodKey('2569-Q2')).toEqual({ fiscalYear: 2569, quarter: 2 });
    expect(parsePeriodKey('2569-Q5')).toBeNull();
    expect(parsePeriodKey('2569Q2')).toBeNull();
  });

  it('shifts across fiscal years and lists recent quarters newest first', () => {
    expect(shiftPeriod({ fiscalYear: 2569, quarter: 1 }, -1)).toEqual({ fiscalYear: 2568, quarter: 4 });
    expect(shiftPeriod({ fiscalYear: 2569, quarter: 4 }, 1)).toEqual({ fiscalYear: 2570, quarter: 1 });
    expect(recentPeriods('2026-01-10', 3).map(periodKey)).toEqual(['2569-Q2', '2569-Q1', '2568-Q4']);
    const sorted = (
      [
        { fiscalYear: 2569, quarter: 1 },
        { fiscalYear: 2568, quarter: 4 },
      ] as Period[]
    ).sort(comparePeriods);
    expect(sorted.map(periodKey)).toEqual(['2568-Q4', '2569-Q1']);
  });
});
