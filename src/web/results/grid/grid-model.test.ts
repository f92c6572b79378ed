import { describe, expect, it } from 'vitest';
import { arrowLeavesInput, isBlockPaste, nextCell, parseClipboard, parseDecimal, spreadPaste } from './grid-model';

describe('reporting grid model', () => {
  it('reads a block copied from a spreadsheet: tabs between cells, newlines between rows', () => {
    expect(parseClipboard('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(parseClipboard('7\n8')).toEqual([['7'], ['8']]);
    expect(parseClipboard('a\t\tc')).toEqual([['a', '', 'c']]);
  });

  it('reads Excel-quoted cells holding tabs, newlines and quotes', () => {
    expect(parseClipboard('"line\none"\t"say ""hi"""\n2\t3')).toEqual([
      ['line\none', 'say "hi"'],
      ['2', '3'],
    ]);
  });

  it('tells a block paste from a single value', () => {
    expect(isBlockPaste('12.5')).toBe(false);
    expect(isBlockPaste('12.5\n')).toBe(false);
    expect(isBlockPaste('1\t2')).toBe(true);
    expect(isBlockPaste('1\n2')).toBe(true);
  });

  it('reads numbers as decimal strings: Thai digits, separators, percent, signs', () => {
    expect(parseDecimal('1,234.50')).toEqual({ ok: true, value: '1234.5' });
    expect(parseDecimal('๑๒๓')).toEqual({ ok: true, value: '123' });
    expect(parseDecimal(' 75 % ')).toEqual({ ok: true, value: '75' });
    expect(parseDecimal('-0.0')).toEqual({ ok: true, value: '0' });
    expect(parseDecimal('\u22125')).toEqual({ ok: true, value: '-5' });
    expect(parseDecimal('007.10')).toEqual({ ok: true, value: '7.1' });
    expect(parseDecimal('.5')).toEqual({ ok: true, value: '0.5' });
    expect(parseDecimal('0.1234567890123456789')).toEqual({ ok: true, value: '0.1234567890123456789' });
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal('12a')).toEqual({ ok: false });
    expect(parseDecimal('1.2.3')).toEqual({ ok: false });
    expect(parseDecimal('-')).toEqual({ ok: false });
  });

  it('spreads a paste right and down from the anchor, skipping read-only and outside cells', () => {
    const readOnly = new Set(['1:1']);
    const result = spreadPaste(
      { row: 0, col: 1 },
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      {
        rowCount: 3,
        colCount: 3,
        editable: ({ row, col }) => !readOnly.has(`${row}:${col}`),
        read: (t) => t.toUpperCase(),
      },
    );
    expect(result.changes).toEqual([
      { row: 0, col: 1, value: 'A' },
      { row: 0, col: 2, value: 'B' },
      { row: 1, col: 2, value: 'E' },
    ]);
    expect(result.skipped).toBe(3);
  });

  it('moves with arrows, Enter and Home/End and stops at the edges', () => {
    const size = { rows: 3, cols: 4 };
    expect(nextCell({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(nextCell({ row: 0, col: 0 }, 'Enter', size)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 2, col: 0 }, 'ArrowDown', size)).toEqual({ row: 2, col: 0 });
    expect(nextCell({ row: 1, col: 3 }, 'ArrowRight', size)).toEqual({ row: 1, col: 3 });
    expect(nextCell({ row: 1, col: 2 }, 'ShiftEnter', size)).toEqual({ row: 0, col: 2 });
    expect(nextCell({ row: 1, col: 2 }, 'Home', size)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 1, col: 0 }, 'End', size)).toEqual({ row: 1, col: 3 });
  });

  it('lets left and right arrows edit inside a cell until the caret reaches the edge', () => {
    expect(arrowLeavesInput('ArrowLeft', { value: '123', selectionStart: 1, selectionEnd: 1 })).toBe(false);
    expect(arrowLeavesInput('ArrowLeft', { value: '123', selectionStart: 0, selectionEnd: 0 })).toBe(true);
    expect(arrowLeavesInput('ArrowRight', { value: '123', selectionStart: 3, selectionEnd: 3 })).toBe(true);
    expect(arrowLeavesInput('ArrowRight', { value: '123', selectionStart: 0, selectionEnd: 3 })).toBe(true);
    expect(arrowLeavesInput('ArrowRight', { value: '123', selectionStart: 2, selectionEnd: 2 })).toBe(false);
  });
});
