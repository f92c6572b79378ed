import { useRef, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../common/table-scroll';
import { arrowLeavesInput, isBlockPaste, nextCell, parseClipboard, spreadPaste, type CellPosition, type GridKey } from './grid-model';

export interface GridRow {
  id: string;
  header: ReactNode /** plain text naming the row, for each cell's label */;
  label: string;
}
export interface GridColumn {
  id: string;
  label: string;
}
export interface GridCell {
  text: string;
  editable: boolean;
  invalid?: boolean;
  /** shown under the value: a status badge, a rejection reason, an evidence link */
  note?: ReactNode;
  /** id of an element describing the cell (its rejection reason) */
  describedBy?: string;
}
export interface GridEdit {
  rowId: string;
  colId: string;
  text: string;
}

interface ReportingGridProps {
  caption: string;
  rows: GridRow[];
  columns: GridColumn[];
  cell: (rowId: string, colId: string) => GridCell;
  onEdit: (edits: GridEdit[]) => void;
  /** told how many pasted cells fell on read-only cells or outside the grid */
  onPasteSkipped?: (count: number) => void;
  rowHeaderLabel: string;
}

/**
 * A spreadsheet-like grid of inputs: arrows move between cells (left/right once the caret is at the
 * edge), Enter moves down and Shift+Enter up, and a block pasted from a spreadsheet fills the cells
 * right and down from the focused one. It is a native table of labelled inputs, so assistive
 * technology reads it as a table of form fields; read-only cells stay focusable and say so.
 */
export function ReportingGrid({ caption, rows, columns, cell, onEdit, onPasteSkipped, rowHeaderLabel }: ReportingGridProps) {
  const { t } = useTranslation('results');
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const size = { rows: rows.length, cols: columns.length };
  const focusCell = (pos: CellPosition) => {
    const input = inputs.current.get(`${pos.row}:${pos.col}`);
    input?.focus();
    input?.select();
  };

  const onKeyDown = (pos: CellPosition) => (event: KeyboardEvent<HTMLInputElement>) => {
    let key: GridKey | null = null;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') key = event.key;
    else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && arrowLeavesInput(event.key, event.currentTarget)) key = event.key;
    else if (event.key === 'Enter') key = event.shiftKey ? 'ShiftEnter' : 'Enter';
    if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    focusCell(nextCell(pos, key, size));
  };

  const onPaste = (pos: CellPosition) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isBlockPaste(text)) return; // one value: the input takes it as typed text
    event.preventDefault();
    const result = spreadPaste(pos, parseClipboard(text), {
      rowCount: size.rows,
      colCount: size.cols,
      editable: ({ row, col }) => cell(rows[row].id, columns[col].id).editable,
    });
    onEdit(result.changes.map((c) => ({ rowId: rows[c.row].id, colId: columns[c.col].id, text: c.value.trim() })));
    if (result.skipped > 0) onPasteSkipped?.(result.skipped);
  };

  return (
    <TableScroll label={caption}>
      <table className="table reporting-grid">
        <caption>
          {caption}
          <span className="grid-help">{t('grid.help')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowHeaderLabel}</th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row">{row.header}</th>
              {columns.map((column, c) => {
                const state = cell(row.id, column.id);
                return (
                  <td key={column.id} className={state.editable ? 'grid-cell' : 'grid-cell grid-cell-locked'}>
                    <input
                      ref={(el) => {
                        if (el) inputs.current.set(`${r}:${c}`, el);
                        else inputs.current.delete(`${r}:${c}`);
                      }}
                      className="grid-input"
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={`${row.label}, ${column.label}`}
                      aria-invalid={state.invalid || undefined}
                      aria-describedby={state.describedBy}
                      readOnly={!state.editable}
                      value={state.text}
                      onChange={(e) => onEdit([{ rowId: row.id, colId: column.id, text: e.target.value }])}
                      onKeyDown={onKeyDown({ row: r, col: c })}
                      onPaste={onPaste({ row: r, col: c })}
                      onFocus={(e) => e.currentTarget.select()}
                    />
                    {state.note}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
