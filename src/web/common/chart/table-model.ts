/**
 * The data behind a chart, as a table: what the accessible table shows and what "Download CSV"
 * writes. Display formats numbers for the reader's language; the CSV keeps raw values so a
 * spreadsheet can compute with them.
 */
import type { ReactNode } from 'react';
import { toCsv, type CsvValue } from '../../../shared/csv';

export type Cell = string | number | null | undefined;
export type TableRow = Record<string, Cell>;

export interface TableColumn<R extends TableRow = TableRow> {
  key: string;
  label: string;
  /** numbers default to the end (right in LTR), text to the start */
  align?: 'start' | 'end';
  /** display text; the CSV still gets the raw value */
  format?: (value: Cell, row: R) => string;
  /** display content that is more than text (a link, a drill-down button); the CSV gets the raw value */
  render?: (row: R) => ReactNode;
  /** fraction digits for numbers without a `format` (default: up to 2) */
  fractionDigits?: number;
}

export interface ChartTable<R extends TableRow = TableRow> {
  columns: TableColumn<R>[];
  rows: R[];
  /** the column whose cells name their row (a `<th scope="row">`); default: the first */
  rowHeader?: string;
}

const NUMBER_LOCALE = { th: 'th-TH', en: 'en-GB' } as const;

export function formatCell<R extends TableRow>(value: Cell, row: R, column: TableColumn<R>, language: 'th' | 'en'): string {
  if (column.format) return column.format(value, row);
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') {
    const digits = column.fractionDigits;
    return new Intl.NumberFormat(NUMBER_LOCALE[language], {
      minimumFractionDigits: digits ?? 0,
      maximumFractionDigits: digits ?? 2,
    }).format(value);
  }
  return value;
}

/** Alignment of a column: explicit, else by the type of its first present value. */
export function columnAlign<R extends TableRow>(column: TableColumn<R>, rows: R[]): 'start' | 'end' {
  if (column.align) return column.align;
  const sample = rows.find((r) => r[column.key] !== null && r[column.key] !== undefined)?.[column.key];
  return typeof sample === 'number' ? 'end' : 'start';
}

export function rowHeaderKey<R extends TableRow>(table: ChartTable<R>): string | undefined {
  return table.rowHeader ?? table.columns[0]?.key;
}

/** Header row of labels, then one line per row of raw values, with the BOM Excel needs for Thai. */
export function tableToCsv<R extends TableRow>(table: ChartTable<R>): string {
  const rows: CsvValue[][] = [table.columns.map((c) => c.label)];
  for (const row of table.rows) rows.push(table.columns.map((c) => row[c.key]));
  return toCsv(rows);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a file name must lose
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** A safe file name that ends in .csv: path separators and control characters go. */
export function csvFileName(name: string): string {
  const base =
    name
      .replace(UNSAFE_IN_FILE_NAME, '-')
      .replace(/\.csv$/i, '')
      .trim() || 'data';
  return `${base}.csv`;
}
