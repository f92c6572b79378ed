/**
 * ECharts options and their tables for the dashboards, free of React: achievement against target
 * as traffic-light bars (each bar labelled with its percentage and status word), and a trend of
 * actual values against targets over quarters.
 */
import type { ChartOption } from '../common/chart/echarts-setup';
import { SERIES_COLOURS, TRAFFIC_LIGHT, type TrafficLight } from '../common/chart/palette';
import type { ChartTable, TableRow } from '../common/chart/table-model';

export interface AchievementItem {
  id: string;
  name: string;
  /** achievement against target in %, null without data or target */
  percent: number | null;
  light: TrafficLight;
}

export interface AchievementLabels {
  name: string;
  percent: string;
  status: string;
  statusWord: Record<TrafficLight, string>;
  target: string;
  formatPercent: (value: number) => string;
}

export function achievementOption(items: AchievementItem[], labels: AchievementLabels): ChartOption {
  // ECharts draws category axes bottom-up: reverse so the first item is on top, as in the table
  const ordered = [...items].reverse();
  return {
    grid: { left: 8, right: 120, top: 28, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      min: 0,
      max: (extent: { max: number }) => Math.max(120, Math.ceil(extent.max / 10) * 10),
      axisLabel: { formatter: (v: number) => labels.formatPercent(v) },
    },
    yAxis: { type: 'category', data: ordered.map((i) => i.name), axisLabel: { width: 260, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: labels.percent,
        barMaxWidth: 22,
        data: ordered.map((i) => ({
          value: i.percent ?? 0,
          itemStyle: { color: TRAFFIC_LIGHT[i.light].fill },
          label: {
            show: true,
            position: 'right',
            color: TRAFFIC_LIGHT[i.light].ink,
            formatter: () => `${i.percent === null ? '—' : labels.formatPercent(i.percent)} · ${labels.statusWord[i.light]}`,
          },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#1b1f24', type: 'dashed' },
          label: { formatter: labels.target, position: 'end' },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}

export function achievementTable(items: AchievementItem[], labels: AchievementLabels): ChartTable<TableRow> {
  return {
    columns: [
      { key: 'name', label: labels.name },
      { key: 'percent', label: labels.percent, align: 'end', fractionDigits: 1 },
      { key: 'status', label: labels.status },
    ],
    rows: items.map((i) => ({ name: i.name, percent: i.percent, status: labels.statusWord[i.light] })),
    rowHeader: 'name',
  };
}

export interface TrendSeries {
  name: string;
  values: Array<number | null>;
}

export interface TrendInput {
  periods: string[];
  actual: TrendSeries;
  target?: TrendSeries;
  labels: { period: string };
}

export function trendOption({ periods, actual, target }: TrendInput): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'line',
        name: actual.name,
        data: actual.values,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 2, color: SERIES_COLOURS[0] },
        itemStyle: { color: SERIES_COLOURS[0] },
      },
      // the target is dashed with square marks: told apart by shape as well as colour
      ...(target
        ? [
            {
              type: 'line' as const,
              name: target.name,
              data: target.values,
              symbol: 'rect',
              symbolSize: 7,
              lineStyle: { type: 'dashed' as const, width: 2, color: SERIES_COLOURS[1] },
              itemStyle: { color: SERIES_COLOURS[1] },
            },
          ]
        : []),
    ],
  };
}

export function trendTable({ periods, actual, target, labels }: TrendInput): ChartTable<TableRow> {
  return {
    columns: [
      { key: 'period', label: labels.period },
      { key: 'actual', label: actual.name, align: 'end' },
      ...(target ? [{ key: 'target', label: target.name, align: 'end' as const }] : []),
    ],
    rows: periods.map((period, i) => ({ period, actual: actual.values[i] ?? null, ...(target ? { target: target.values[i] ?? null } : {}) })),
    rowHeader: 'period',
  };
}

export interface MultiTrendInput {
  periods: string[];
  series: TrendSeries[];
  labels: { period: string };
  formatValue?: (value: number) => string;
  /** a dashed reference line, e.g. the 100 % target */
  reference?: { value: number; label: string };
}

/** Several lines over quarters (one per strategy); each line has its own mark shape besides its colour. */
export function multiTrendOption({ periods, series, formatValue, reference }: MultiTrendInput): ChartOption {
  const shapes = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];
  return {
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', axisLabel: formatValue ? { formatter: (v: number) => formatValue(v) } : undefined },
    series: series.map((s, i) => ({
      type: 'line' as const,
      name: s.name,
      data: s.values,
      symbol: shapes[i % shapes.length],
      symbolSize: 8,
      lineStyle: { width: 2 },
      ...(i === 0 && reference
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#1b1f24', type: 'dashed' as const },
              label: { formatter: reference.label },
              data: [{ yAxis: reference.value }],
            },
          }
        : {}),
    })),
  };
}

/** One row per quarter, one column per line. */
export function multiTrendTable({ periods, series, labels }: MultiTrendInput): ChartTable<TableRow> {
  return {
    columns: [{ key: 'period', label: labels.period }, ...series.map((s, i) => ({ key: `s${i}`, label: s.name, align: 'end' as const }))],
    rows: periods.map((period, p) => Object.fromEntries([['period', period], ...series.map((s, i) => [`s${i}`, s.values[p] ?? null])])),
    rowHeader: 'period',
  };
}
