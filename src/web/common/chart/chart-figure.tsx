import { useId, useMemo, useState, type ReactNode } from 'react';
import { Button, ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../states';
import { useLocalized } from '../use-localized';
import { DataTable } from './data-table';
import { downloadText } from './download';
import { EChart, type ChartClick } from './echart';
import type { ChartLanguage, ChartOption } from './echarts-setup';
import { csvFileName, tableToCsv, type ChartTable, type TableRow } from './table-model';
import './chart.css';

export type ChartView = 'chart' | 'table';

export interface ChartFigureProps<R extends TableRow = TableRow> {
  title: string;
  /** the figure's heading level in the page outline */
  headingLevel?: 2 | 3 | 4;
  description?: ReactNode;
  /** what the chart shows, in a sentence or two: the canvas's accessible name */
  summary: string;
  /** an ECharts option, or a builder given the UI language (memoise it: a new object redraws) */
  option: ChartOption | ((language: ChartLanguage) => ChartOption);
  /** the same numbers as a table: shown by the toggle and written by "Download CSV" */
  table: ChartTable<R>;
  csvFilename: string;
  height?: number | string;
  onChartClick?: (event: ChartClick) => void;
  /** uncontrolled start view, or controlled with onViewChange */
  defaultView?: ChartView;
  view?: ChartView;
  onViewChange?: (view: ChartView) => void;
  /** extra controls beside the toggle (an indicator picker, a back button) */
  toolbar?: ReactNode;
  /** shown instead of chart and table when there are no rows */
  emptyMessage?: string;
  children?: ReactNode;
}

/**
 * A titled chart with an accessible alternative: a toggle between the chart and a data table of
 * the same numbers, and a CSV download of that table (UTF-8 with BOM, so Excel shows Thai).
 */
export function ChartFigure<R extends TableRow>(props: ChartFigureProps<R>) {
  const { title, headingLevel = 2, description, summary, option, table, csvFilename, height, onChartClick, toolbar, emptyMessage, children } = props;
  const { t } = useTranslation('chart');
  const { language } = useLocalized();
  const id = useId();
  const [ownView, setOwnView] = useState<ChartView>(props.defaultView ?? 'chart');
  const view = props.view ?? ownView;
  const setView = (next: ChartView) => {
    setOwnView(next);
    props.onViewChange?.(next);
  };
  const resolved = useMemo(() => (typeof option === 'function' ? option(language) : option), [option, language]);
  const Heading = `h${headingLevel}` as const;
  const empty = table.rows.length === 0;

  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <div className="chart-figure-head">
        {/* focusable by script: a drill-down moves focus here when the control pressed goes away */}
        <Heading id={`${id}-title`} className="chart-figure-title" tabIndex={-1}>
          {title}
        </Heading>
        <div className="chart-figure-tools">
          {toolbar}
          {!empty && (
            <>
              <ToggleButtonGroup
                className="segmented"
                aria-label={t('view', { title })}
                selectionMode="single"
                disallowEmptySelection
                selectedKeys={[view]}
                onSelectionChange={(keys: Set<Key>) => {
                  const [next] = [...keys];
                  if (next === 'chart' || next === 'table') setView(next);
                }}
              >
                <ToggleButton id="chart" className="toggle">
                  {t('chart')}
                </ToggleButton>
                <ToggleButton id="table" className="toggle">
                  {t('table')}
                </ToggleButton>
              </ToggleButtonGroup>
              <Button className="button button-small" onPress={() => downloadText(csvFileName(csvFilename), tableToCsv(table))}>
                {t('downloadCsv')}
              </Button>
            </>
          )}
        </div>
      </div>
      {description && <div className="chart-figure-description">{description}</div>}
      {empty ? (
        <EmptyState title={emptyMessage ?? t('empty')} />
      ) : view === 'chart' ? (
        <EChart option={resolved} summary={summary} height={height} onClick={onChartClick} />
      ) : (
        <DataTable caption={title} table={table} />
      )}
      {children}
    </figure>
  );
}
