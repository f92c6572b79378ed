import { describe, expect, it } from 'vitest';
import { rowsForPeriod, type GridRowLike } from './reporting-rows';

const cell = (period: string, over: Partial<GridRowLike['cells'][number]> = {}) => ({
  period,
  target: '10',
  verifiedValue: null,
  open: null,
  rejected: null,
  editable: true,
  ...over,
});

describe('rows of one reporting period', () => {
  const grid: GridRowLike[] = [
    {
      indicator: { id: 'a' },
      areaCode: null,
      cells: [cell('2569-Q1', { open: { id: 'm1', value: '4', status: 'submitted', version: 2 }, editable: false, verifiedValue: '3' })],
    },
    { indicator: { id: 'b' }, areaCode: '41', cells: [cell('2569-Q1', { rejected: { id: 'm2', value: '7', reason: 'No evidence' } })] },
    { indicator: { id: 'c' }, areaCode: null, cells: [cell('2569-Q1', { verifiedValue: '9' })] },
    { indicator: { id: 'd' }, areaCode: null, cells: [cell('2569-Q2')] },
  ];

  it('shows the open entry first, then a rejected one with its reason, then the verified value', () => {
    const rows = rowsForPeriod(grid, '2569-Q1');
    expect(rows.map((r) => [r.key, r.value, r.status, r.measurementId, r.rejectReason, r.editable])).toEqual([
      ['a', '4', 'submitted', 'm1', null, false],
      ['b:41', '7', 'rejected', 'm2', 'No evidence', true],
      ['c', '9', 'verified', null, null, true],
      ['d', null, null, null, null, false],
    ]);
    expect(rows[0].target).toBe('10');
  });
});
