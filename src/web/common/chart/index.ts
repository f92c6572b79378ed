// Shared chart infrastructure (results dashboards, the budget Sankey, …).
export { ChartFigure, type ChartFigureProps, type ChartView } from './chart-figure';
export { DataTable } from './data-table';
export { EChart, type ChartClick, type EChartProps } from './echart';
export { CHART_FONT, echarts, type ChartLanguage, type ChartOption } from './echarts-setup';
export { NO_DATA_FILL, SEQUENTIAL_RAMP, SERIES_COLOURS, TRAFFIC_LIGHT, type TrafficLight } from './palette';
export { csvFileName, formatCell, tableToCsv, type Cell, type ChartTable, type TableColumn, type TableRow } from './table-model';
