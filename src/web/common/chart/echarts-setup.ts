/**
 * The one place ECharts is assembled: only the series, components and renderer the app draws are
 * registered, so the bundle carries a fraction of the library (echarts/core is tree-shaken).
 * Pages import `echarts` and `ChartOption` from here, never from 'echarts' itself.
 */
import {
  BarChart,
  GraphChart,
  LineChart,
  MapChart,
  SankeyChart,
  type BarSeriesOption,
  type GraphSeriesOption,
  type LineSeriesOption,
  type MapSeriesOption,
  type SankeySeriesOption,
} from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  type DatasetComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// ES-module locale objects (the echarts/i18n/* files are UMD scripts); typed in echarts-locales.d.ts
import langEN from 'echarts/lib/i18n/langEN.js';
import langTH from 'echarts/lib/i18n/langTH.js';

echarts.use([
  BarChart,
  GraphChart,
  LineChart,
  MapChart,
  SankeyChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);
echarts.registerLocale('TH', langTH as Parameters<typeof echarts.registerLocale>[1]);
echarts.registerLocale('EN', langEN as Parameters<typeof echarts.registerLocale>[1]);

/** The option type of exactly what is registered above: a series nobody registered will not type-check. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | GraphSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | SankeySeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export type ChartInstance = echarts.ECharts;
export type ChartLanguage = 'th' | 'en';

/** Chart text uses the app's font; canvas text cannot inherit it from CSS. */
export const CHART_FONT = "Sarabun, 'Noto Sans Thai', sans-serif";

export const echartsLocale = (language: ChartLanguage) => (language === 'th' ? 'TH' : 'EN');

export { echarts };
