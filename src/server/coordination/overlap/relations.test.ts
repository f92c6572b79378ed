import { describe, expect, it } from 'vitest';
import { codeRelation, periodRelation, sectionRelation } from './relations.js';

describe('relations', () => {
  it('nests DOPA codes by prefix and COFOG codes by group', () => {
    expect(codeRelation(['41'], ['410101'])).toEqual({ kind: 'nested', pairs: [['41', '410101']] });
    expect(codeRelation(['4101'], ['4101'])).toEqual({ kind: 'shared', codes: ['4101'] });
    expect(codeRelation(['4101'], ['4001']).kind).toBe('disjoint');
    expect(codeRelation(['04'], ['04.5']).kind).toBe('nested');
    expect(codeRelation([], ['41']).kind).toBe('unknown');
  });

  it('overlaps periods day by day', () => {
    expect(periodRelation(0, 10, 10, 20)).toEqual({ kind: 'overlap', days: 1 });
    expect(periodRelation(0, 10, 12, 20)).toEqual({ kind: 'disjoint', gapDays: 2 });
  });

  it('treats adjoining sections as disjoint and a point near a section as touching it', () => {
    expect(sectionRelation(['2096'], ['2096'], [{ from: 0, to: 5 }], [{ from: 5, to: 10 }]).kind).toBe('disjoint');
    expect(sectionRelation(['2'], ['2'], [{ from: 148, to: 149 }], [{ from: 149.2, to: 149.2 }]).kind).toBe('overlap');
    expect(sectionRelation(['2'], ['22'], [], []).kind).toBe('different_road');
  });
});
