/**
 * A small RFC 4180 CSV writer: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break. Used for "Download CSV" of chart tables and any other export.
 */
export type CsvValue = string | number | null | undefined;

/** Excel reads a UTF-8 file as the system code page unless it starts with a byte-order mark;
 * with it, Thai text opens correctly. */
export const UTF8_BOM = '\uFEFF';

// a text cell that a spreadsheet would run as a formula (CSV injection); numbers are left alone
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return `${options.bom === false ? '' : UTF8_BOM}${body}\r\n`;
}
