import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange } from './fiscal-year.js';

describe('fiscal year', () => {
  it('ends on 30 September and is named by the BE year it ends in', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2569);
    expect(fiscalYearOf('2026-10-01')).toBe(2570);
    expect(fiscalYearOf('2025-10-01')).toBe(2569);
    expect(fiscalYearOf('2026-01-15')).toBe(2569);
  });

  it('reads Date objects by their local calendar day', () => {
    expect(fiscalYearOf(new Date(2026, 8, 30))).toBe(2569);
    expect(fiscalYearOf(new Date(2026, 9, 1))).toBe(2570);
  });

  it('gives the range of a fiscal year', () => {
    expect(fiscalYearRange(2569)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
  });

  it('puts both ends of its range in the same fiscal year, and the day after in the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2400, max: 2700 }), (fy) => {
        const { start, end } = fiscalYearRange(fy);
        const next = fiscalYearRange(fy + 1).start;
        return fiscalYearOf(start) === fy && fiscalYearOf(end) === fy && fiscalYearOf(next) === fy + 1;
      }),
    );
  });

  it('labels in both languages', () => {
    expect(fiscalYearLabel(2569, 'th')).toBe('ปีงบประมาณ พ.ศ. 2569');
    expect(fiscalYearLabel(2569, 'en')).toBe('FY 2026 (BE 2569)');
  });
});
