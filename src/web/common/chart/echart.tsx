import { useEffect, useRef } from 'react';
import { useLocalized } from '../use-localized';
import { CHART_FONT, echarts, echartsLocale, type ChartInstance, type ChartLanguage, type ChartOption } from './echarts-setup';
import { SERIES_COLOURS } from './palette';

/** What a click on a mark reports: ECharts' event, narrowed to what pages use. */
export interface ChartClick {
  seriesType?: string;
  name: string;
  dataIndex: number;
  data: unknown;
}

export interface EChartProps {
  option: ChartOption;
  /** one or two sentences saying what the chart shows, read by screen readers in place of the canvas */
  summary: string;
  height?: number | string;
  onClick?: (event: ChartClick) => void;
  className?: string;
}

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The defaults every chart shares: the app font, its palette, no motion for those who ask. */
function withDefaults(option: ChartOption): ChartOption {
  return {
    color: SERIES_COLOURS,
    animation: !prefersReducedMotion(),
    ...option,
    textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: '#1b1f24', ...(option.textStyle as object | undefined) },
  };
}

/**
 * One ECharts instance bound to a div: created in the UI language (ECharts' locale is fixed at
 * init, so a language switch re-creates it), resized with its box, disposed on unmount. The canvas
 * is an image to assistive technology, named by `summary`; the numbers live in the table view.
 */
export function EChart({ option, summary, height = 320, onClick, className }: EChartProps) {
  const { language } = useLocalized();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;
  const latestOption = useRef(option);
  latestOption.current = option;
  const applied = useRef<ChartOption | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, null, { locale: echartsLocale(language as ChartLanguage), renderer: 'canvas' });
    chart.current = instance;
    instance.setOption(withDefaults(latestOption.current));
    applied.current = latestOption.current;
    instance.on('click', (params) => {
      const p = params as unknown as ChartClick;
      clickHandler.current?.({ seriesType: p.seriesType, name: p.name, dataIndex: p.dataIndex, data: p.data });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    // canvas text is measured with whatever font is loaded now; draw again once Sarabun arrives
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live && !instance.isDisposed()) instance.setOption(withDefaults(latestOption.current), { notMerge: true });
    });
    return () => {
      live = false;
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [language]);

  useEffect(() => {
    if (!chart.current || applied.current === option) return;
    chart.current.setOption(withDefaults(option), { notMerge: true });
    applied.current = option;
  }, [option]);

  return (
    <div
      ref={box}
      className={className ? `echart ${className}` : 'echart'}
      role="img"
      aria-label={summary}
      style={{ height, cursor: onClick ? 'pointer' : undefined }}
    />
  );
}
