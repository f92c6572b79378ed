import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../../shared/csv';
import { columnAlign, csvFileName, formatCell, rowHeaderKey, tableToCsv, type ChartTable } from './table-model';

const table: ChartTable = {
  columns: [
    { key: 'province', label: 'จังหวัด' },
    { key: 'value', label: 'Value, %' },
    { key: 'target', label: 'Target', format: (v) => (v === null ? 'none' : `${v}!`) },
  ],
  rows: [
    { province: 'อุดรธานี', value: 1234.5, target: 80 },
    { province: 'Khon Kaen', value: null, target: null },
  ],
};

describe('chart table model', () => {
  it('formats numbers for the reader and marks missing values', () => {
    const [value] = [table.columns[1]];
    expect(formatCell(1234.5, table.rows[0], value, 'en')).toBe('1,234.5');
    expect(formatCell(1234.5, table.rows[0], value, 'th')).toBe('1,234.5');
    expect(formatCell(2 / 3, table.rows[0], value, 'en')).toBe('0.67');
    expect(formatCell(5, table.rows[0], { ...value, fractionDigits: 1 }, 'en')).toBe('5.0');
    expect(formatCell(null, table.rows[1], value, 'en')).toBe('—');
    expect(formatCell(null, table.rows[1], table.columns[2], 'en')).toBe('none');
  });

  it('aligns numeric columns to the end unless told otherwise', () => {
    expect(columnAlign(table.columns[0], table.rows)).toBe('start');
    expect(columnAlign(table.columns[1], table.rows)).toBe('end');
    expect(columnAlign({ key: 'value', label: '', align: 'start' }, table.rows)).toBe('start');
    expect(columnAlign({ key: 'missing', label: '' }, table.rows)).toBe('start');
  });

  it('uses the first column as row header unless another is named', () => {
    expect(rowHeaderKey(table)).toBe('province');
    expect(rowHeaderKey({ ...table, rowHeader: 'value' })).toBe('value');
  });

  it('writes raw values under the column labels, not the display format', () => {
    expect(tableToCsv(table)).toBe(`${UTF8_BOM}จังหวัด,"Value, %",Target\r\nอุดรธานี,1234.5,80\r\nKhon Kaen,,\r\n`);
  });

  it('makes a safe .csv file name', () => {
    expect(csvFileName('achievement/2569')).toBe('achievement-2569.csv');
    expect(csvFileName('map.csv')).toBe('map.csv');
    expect(csvFileName('  ')).toBe('data.csv');
  });
});
