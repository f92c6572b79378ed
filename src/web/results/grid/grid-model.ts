/**
 * The reporting grid's rules, free of React: reading a block pasted from a spreadsheet, reading
 * a typed number (Thai digits, thousands separators), spreading a paste over editable cells, and
 * where the arrow keys go.
 */

/** Rows of cells from clipboard text: tab-separated cells, newline-separated rows, Excel-style
 * quoting for cells that hold a tab, newline or quote. A trailing newline adds no row. */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      continue;
    }
    if (c === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      continue;
    }
    cell += c;
    atCellStart = false;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Is this paste more than one cell (then the grid spreads it; otherwise the input takes it)? */
export const isBlockPaste = (text: string) => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

export type ParsedNumber = { ok: true; value: string } | { ok: false };

/**
 * A typed or pasted number as the decimal string the API takes: Thai digits become Arabic,
 * thousands separators, spaces and a trailing % go; empty means "no value". Never a float.
 */
export function parseDecimal(input: string): ParsedNumber | { ok: true; value: null } {
  let text = input.trim();
  if (text === '') return { ok: true, value: null };
  text = text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
  text = text
    .replace(/[\s,\u00a0]/g, '')
    .replace(/%$/, '')
    .replace(/^\u2212/, '-');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false };
  const negative = text.startsWith('-');
  let [whole, fraction = ''] = text.replace('-', '').split('.');
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  const value = `${negative && (whole !== '0' || fraction) ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
  return { ok: true, value };
}

export interface CellPosition {
  row: number;
  col: number;
}

export interface PasteTarget<V = string> {
  rowCount: number;
  colCount: number;
  editable: (pos: CellPosition) => boolean;
  /** turns one pasted text into the cell's value */
  read?: (text: string) => V;
}

export interface PasteResult<V = string> {
  changes: Array<CellPosition & { value: V }>;
  /** cells of the block that fell outside the grid or on read-only cells */
  skipped: number;
}

/** Spreads a pasted block from the anchor cell right and down; read-only and outside cells are skipped. */
export function spreadPaste<V = string>(anchor: CellPosition, block: string[][], target: PasteTarget<V>): PasteResult<V> {
  const changes: PasteResult<V>['changes'] = [];
  let skipped = 0;
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const pos = { row: anchor.row + r, col: anchor.col + c };
      if (pos.row >= target.rowCount || pos.col >= target.colCount || !target.editable(pos)) {
        skipped++;
        return;
      }
      changes.push({ ...pos, value: target.read ? target.read(text) : (text as unknown as V) });
    });
  });
  return { changes, skipped };
}

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Enter' | 'ShiftEnter' | 'Home' | 'End';

/** Where a key moves the active cell; it stops at the edges rather than wrapping. */
export function nextCell(pos: CellPosition, key: GridKey, size: { rows: number; cols: number }): CellPosition {
  const clampRow = (r: number) => Math.min(Math.max(r, 0), size.rows - 1);
  const clampCol = (c: number) => Math.min(Math.max(c, 0), size.cols - 1);
  switch (key) {
    case 'ArrowUp':
    case 'ShiftEnter':
      return { row: clampRow(pos.row - 1), col: pos.col };
    case 'ArrowDown':
    case 'Enter':
      return { row: clampRow(pos.row + 1), col: pos.col };
    case 'ArrowLeft':
      return { row: pos.row, col: clampCol(pos.col - 1) };
    case 'ArrowRight':
      return { row: pos.row, col: clampCol(pos.col + 1) };
    case 'Home':
      return { row: pos.row, col: 0 };
    case 'End':
      return { row: pos.row, col: size.cols - 1 };
  }
}

/** Left/right arrows move between cells only when the caret is already at that edge of the text
 * (or the whole text is selected), so they still edit inside a cell. */
export function arrowLeavesInput(
  key: 'ArrowLeft' | 'ArrowRight',
  input: { value: string; selectionStart: number | null; selectionEnd: number | null },
): boolean {
  const { value, selectionStart: start, selectionEnd: end } = input;
  if (start === null || end === null) return true;
  if (start === 0 && end === value.length) return true;
  return key === 'ArrowLeft' ? start === 0 && end === 0 : start === value.length && end === value.length;
}
