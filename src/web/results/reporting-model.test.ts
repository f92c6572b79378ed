import { describe, expect, it } from 'vitest';
import { applyEdits, buildBatch, cellText, errorsByRow, isEditable, rowKeyOf, type ReportRow } from './reporting-model';

const rows: ReportRow[] = [
  { key: rowKeyOf('i1', null), indicatorId: 'i1', areaCode: null, value: null, status: null },
  { key: rowKeyOf('i2', '41'), indicatorId: 'i2', areaCode: '41', value: '12.5', status: 'draft' },
  { key: rowKeyOf('i2', '42'), indicatorId: 'i2', areaCode: '42', value: '7', status: 'submitted' },
  { key: rowKeyOf('i3', null), indicatorId: 'i3', areaCode: null, value: '3', status: 'rejected' },
  { key: rowKeyOf('i4', null), indicatorId: 'i4', areaCode: null, value: '9', status: 'verified' },
];

describe('reporting batch', () => {
  it('lets reporters edit new, draft and rejected values only', () => {
    expect(rows.map(isEditable)).toEqual([true, true, false, true, false]);
  });

  it('keeps edits to editable rows and forgets an edit back to the stored value', () => {
    let drafts = applyEdits(new Map(), rows, [
      { key: 'i1', text: '5' },
      { key: 'i2:42', text: '8' },
      { key: 'i4', text: '1' },
    ]);
    expect([...drafts]).toEqual([['i1', '5']]);
    drafts = applyEdits(drafts, rows, [
      { key: 'i2:41', text: '13' },
      { key: 'i1', text: '' },
    ]);
    expect([...drafts]).toEqual([['i2:41', '13']]);
    expect(cellText(rows[1], drafts)).toBe('13');
    expect(cellText(rows[2], drafts)).toBe('7');
    expect(cellText(rows[0], drafts)).toBe('');
  });

  it('sends changed rows as decimal strings, holds back unreadable ones and drops no-op rewrites', () => {
    const drafts = new Map([
      ['i1', '1,234.50'],
      ['i2:41', '12.50'],
      ['i3', 'abc'],
      ['i2:42', '99'],
    ]);
    const batch = buildBatch(rows, drafts, '2569-Q1');
    expect(batch.items).toEqual([{ indicatorId: 'i1', areaCode: null, period: '2569-Q1', value: '1234.5' }]);
    expect(batch.rowKeys).toEqual(['i1']);
    expect(batch.unreadable).toEqual(['i3']);
  });

  it('leaves emptied cells out, and on submit also sends the saved drafts', () => {
    expect(buildBatch(rows, new Map([['i3', '']]), '2569-Q1').items).toEqual([]);
    const submit = buildBatch(rows, new Map([['i1', '4']]), '2569-Q2', { submit: true });
    expect(submit.items).toEqual([
      { indicatorId: 'i1', areaCode: null, period: '2569-Q2', value: '4' },
      { indicatorId: 'i2', areaCode: '41', period: '2569-Q2', value: '12.5' },
    ]);
    expect(submit.rowKeys).toEqual(['i1', 'i2:41']);
  });

  it('follows the server on which cells are editable', () => {
    const locked = { ...rows[0], editable: false };
    expect(isEditable(locked)).toBe(false);
    expect(buildBatch([locked], new Map([['i1', '5']]), '2569-Q1').items).toEqual([]);
  });

  it('maps API field paths to the rows they name, in any path spelling', () => {
    const { rows: byRow, general } = errorsByRow(
      [
        { path: 'cells.1.value', message: 'Not a number.' },
        { path: '/cells/0/areaCode', message: 'Unknown area.' },
        { path: 'cells[1]', message: 'Outside the plan.' },
        { path: 'cells.7.value', message: 'Lost.' },
        { path: 'period', message: 'Closed period.' },
      ],
      ['i1', 'i2:41'],
    );
    expect([...byRow]).toEqual([
      ['i2:41', 'Not a number. Outside the plan.'],
      ['i1', 'Unknown area.'],
    ]);
    expect(general).toEqual(['Lost.', 'Closed period.']);
  });
});
