import { describe, expect, it } from 'vitest';
import { mapOption, mapTable, valueRange, type MapLabels } from './map-model';

const areas = [
  { code: '41', nameTh: 'อุดรธานี', nameEn: 'Udon Thani' },
  { code: '40', nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen' },
  { code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' },
];
const labels: MapLabels = { area: 'Province', code: 'Code', value: 'Value', high: 'High', low: 'Low', noData: 'no data' };
const values = [
  { code: '41', value: 75, detail: { target: 80 } },
  { code: '40', value: 50 },
  { code: '10', value: null },
];

describe('map model', () => {
  it('ranges over present values and widens a single value to include zero', () => {
    expect(valueRange(values)).toEqual({ min: 50, max: 75 });
    expect(valueRange([{ code: '41', value: 7 }])).toEqual({ min: 0, max: 7 });
    expect(valueRange([{ code: '41', value: -3 }])).toEqual({ min: -3, max: 0 });
    expect(valueRange([])).toEqual({ min: 0, max: 1 });
  });

  it('maps areas by code and leaves areas without a value out of the colour scale', () => {
    const option = mapOption({ mapName: 'm', areas, values, language: 'en', labels, formatValue: String });
    const series = (option.series as Array<{ data: unknown[]; nameProperty: string }>)[0];
    expect(series.nameProperty).toBe('code');
    expect(series.data).toEqual([
      { name: '41', value: 75 },
      { name: '40', value: 50 },
    ]);
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ name: '41' })).toBe('Udon Thani<br>Value: 75');
    expect(tooltip.formatter({ name: '10' })).toBe('Bangkok<br>Value: no data');
  });

  it('escapes names in the tooltip markup', () => {
    const option = mapOption({ mapName: 'm', areas: [{ code: '99', nameTh: '<b>', nameEn: '<b>' }], values: [], language: 'en', labels, formatValue: String });
    expect((option.tooltip as { formatter: (p: unknown) => string }).formatter({ name: '99' })).toContain('&lt;b&gt;');
  });

  it("tables every area, with or without a value, sorted by name in the reader's language", () => {
    const table = mapTable({ areas, values, language: 'en', labels, detailColumns: [{ key: 'target', label: 'Target' }] });
    expect(table.rows.map((r) => r.name)).toEqual(['Bangkok', 'Khon Kaen', 'Udon Thani']);
    expect(table.rows[2]).toEqual({ name: 'Udon Thani', code: '41', value: 75, target: 80 });
    expect(table.rows[0].value).toBeNull();
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'code', 'value', 'target']);
    const thai = mapTable({ areas, values, language: 'th', labels });
    expect(thai.rows.map((r) => r.name)).toEqual(['กรุงเทพมหานคร', 'ขอนแก่น', 'อุดรธานี']);
  });
});
