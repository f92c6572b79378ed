/**
 * Pure parts of the choropleth: the ECharts option for one level (provinces, or one province's
 * districts) and the table of the same numbers. Areas are keyed by their DOPA code.
 */
import type { ChartOption } from '../chart/echarts-setup';
import { AREA_BORDER, NO_DATA_FILL, SEQUENTIAL_RAMP } from '../chart/palette';
import type { Cell, ChartTable, TableColumn, TableRow } from '../chart/table-model';

export interface AreaValue {
  code: string;
  value: number | null;
  /** more numbers for the table (target, achievement, …), keyed like `detailColumns` */
  detail?: Record<string, Cell>;
}

export interface NamedArea {
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface MapLabels {
  area: string;
  code: string;
  value: string;
  high: string;
  low: string;
  noData: string;
}

export const areaName = (area: NamedArea | undefined, language: 'th' | 'en', code: string) =>
  area ? (language === 'th' ? area.nameTh : area.nameEn) || area.nameTh : code;

/** min and max of the present values; a single value or none still gives a usable range. */
export function valueRange(values: AreaValue[]): { min: number; max: number } {
  const present = values.map((v) => v.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { min: 0, max: 1 };
  const min = Math.min(...present);
  const max = Math.max(...present);
  return min === max ? { min: Math.min(0, min), max: max === 0 ? 1 : Math.max(0, max) } : { min, max };
}

export function mapOption(input: {
  mapName: string;
  areas: NamedArea[];
  values: AreaValue[];
  language: 'th' | 'en';
  labels: MapLabels;
  formatValue: (value: number) => string;
}): ChartOption {
  const { mapName, areas, values, language, labels, formatValue } = input;
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const valueByCode = new Map(values.map((v) => [v.code, v.value]));
  const { min, max } = valueRange(values);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = params as { name: string };
        const value = valueByCode.get(p.name);
        const text = value === null || value === undefined ? labels.noData : formatValue(value);
        return `${escapeHtml(areaName(byCode.get(p.name), language, p.name))}<br>${escapeHtml(labels.value)}: ${escapeHtml(text)}`;
      },
    },
    visualMap: {
      type: 'continuous',
      min,
      max,
      text: [labels.high, labels.low],
      inRange: { color: SEQUENTIAL_RAMP },
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      itemHeight: 160,
      formatter: (value: unknown) => formatValue(Number(value)),
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        roam: false,
        selectedMode: false,
        top: 8,
        bottom: 48,
        itemStyle: { areaColor: NO_DATA_FILL, borderColor: AREA_BORDER, borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd166', borderColor: '#1b1f24', borderWidth: 1 } },
        label: { show: false },
        // areas without a value stay out of the visual map and keep the "no data" fill
        data: values.filter((v) => v.value !== null).map((v) => ({ name: v.code, value: v.value as number })),
      },
    ],
  };
}

/** One row per area on the map (with or without a value), sorted by name in the reader's language. */
export function mapTable(input: {
  areas: NamedArea[];
  values: AreaValue[];
  language: 'th' | 'en';
  labels: MapLabels;
  detailColumns?: TableColumn[];
  nameColumn?: Partial<TableColumn>;
}): ChartTable<TableRow> {
  const { areas, values, language, labels, detailColumns = [] } = input;
  const byCode = new Map(values.map((v) => [v.code, v]));
  const collator = new Intl.Collator(language === 'th' ? 'th' : 'en');
  const rows = areas
    .map((a) => {
      const v = byCode.get(a.code);
      const row: TableRow = { name: areaName(a, language, a.code), code: a.code, value: v?.value ?? null };
      for (const c of detailColumns) row[c.key] = v?.detail?.[c.key] ?? null;
      return row;
    })
    .sort((x, y) => collator.compare(String(x.name), String(y.name)));
  return {
    columns: [
      { key: 'name', label: labels.area, ...input.nameColumn },
      { key: 'code', label: labels.code, align: 'start' },
      { key: 'value', label: labels.value, align: 'end' },
      ...detailColumns,
    ],
    rows,
    rowHeader: 'name',
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
