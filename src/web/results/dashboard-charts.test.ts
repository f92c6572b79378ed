import { describe, expect, it } from 'vitest';
import { lightOfPercent, toChartNumber, trafficLight } from './achievement';
import { achievementOption, achievementTable, trendOption, trendTable, type AchievementLabels } from './dashboard-charts';

const labels: AchievementLabels = {
  name: 'Strategy',
  percent: 'Achievement (%)',
  status: 'Status',
  target: 'Target',
  statusWord: { good: 'On target', warning: 'Near target', poor: 'Below target', none: 'No data' },
  formatPercent: (v) => `${v.toFixed(1)} %`,
};

describe('achievement and traffic lights', () => {
  it('uses 100 % and 80 % as the thresholds', () => {
    expect(lightOfPercent(100)).toBe('good');
    expect(lightOfPercent(99.9)).toBe('warning');
    expect(lightOfPercent(80)).toBe('warning');
    expect(lightOfPercent(79.99)).toBe('poor');
    expect(lightOfPercent(null)).toBe('none');
    expect(lightOfPercent(Number.NaN)).toBe('none');
  });

  it('prefers the server status word and falls back to the percentage', () => {
    expect(trafficLight('off_track', 120)).toBe('poor');
    expect(trafficLight('unheard_of', 120)).toBe('good');
    expect(trafficLight(null, 50)).toBe('poor');
  });

  it('reads numeric strings for charts', () => {
    expect(toChartNumber('12.50')).toBe(12.5);
    expect(toChartNumber('')).toBeNull();
    expect(toChartNumber(null)).toBeNull();
    expect(toChartNumber('abc')).toBeNull();
  });
});

describe('dashboard charts', () => {
  const items = [
    { id: 'a', name: 'Security', percent: 104.2, light: 'good' as const },
    { id: 'b', name: 'Equity', percent: null, light: 'none' as const },
  ];

  it('labels every bar with its percentage and status word, first item on top', () => {
    const option = achievementOption(items, labels) as {
      yAxis: { data: string[] };
      series: Array<{ data: Array<{ value: number; label: { formatter: () => string }; itemStyle: { color: string } }> }>;
    };
    expect(option.yAxis.data).toEqual(['Equity', 'Security']);
    const [equity, security] = option.series[0].data;
    expect(security.label.formatter()).toBe('104.2 % · On target');
    expect(equity.label.formatter()).toBe('— · No data');
    expect(equity.value).toBe(0);
    expect(security.itemStyle.color).not.toBe(equity.itemStyle.color);
  });

  it('gives the same numbers as a table with the status in words', () => {
    expect(achievementTable(items, labels).rows).toEqual([
      { name: 'Security', percent: 104.2, status: 'On target' },
      { name: 'Equity', percent: null, status: 'No data' },
    ]);
  });

  it('draws actual against a dashed target and tables both per period', () => {
    const input = {
      periods: ['Q1', 'Q2'],
      actual: { name: 'Actual', values: [1, null] },
      target: { name: 'Target', values: [2, 3] },
      labels: { period: 'Quarter' },
    };
    const option = trendOption(input) as { series: Array<{ name: string; lineStyle: { type?: string } }> };
    expect(option.series.map((s) => s.name)).toEqual(['Actual', 'Target']);
    expect(option.series[1].lineStyle.type).toBe('dashed');
    expect(trendTable(input).rows).toEqual([
      { period: 'Q1', actual: 1, target: 2 },
      { period: 'Q2', actual: null, target: 3 },
    ]);
    expect(trendTable({ ...input, target: undefined }).columns.map((c) => c.key)).toEqual(['period', 'actual']);
  });
});

describe('multi-line trend', () => {
  it('gives each line its own mark shape and tables one column per line', async () => {
    const { multiTrendOption, multiTrendTable } = await import('./dashboard-charts');
    const input = {
      periods: ['Q1', 'Q2'],
      series: [
        { name: 'A', values: [90, 100] },
        { name: 'B', values: [null, 70] },
      ],
      labels: { period: 'Quarter' },
      reference: { value: 100, label: 'Target' },
    };
    const option = multiTrendOption(input) as { series: Array<{ symbol: string; markLine?: unknown }> };
    expect(new Set(option.series.map((s) => s.symbol)).size).toBe(2);
    expect(option.series[0].markLine).toBeDefined();
    expect(multiTrendTable(input).rows).toEqual([
      { period: 'Q1', s0: 90, s1: null },
      { period: 'Q2', s0: 100, s1: 70 },
    ]);
  });
});
