import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from './csv.js';

describe('csv writer', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads Thai, and ends rows with CRLF', () => {
    const csv = toCsv([
      ['จังหวัด', 'ค่า'],
      ['อุดรธานี', 12.5],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}จังหวัด,ค่า\r\nอุดรธานี,12.5\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('can leave the mark out', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('quotes fields holding commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes numbers plainly, without grouping, and empty cells for missing values', () => {
    expect(csvField(1234567.89)).toBe('1234567.89');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula but keeps signed numbers as numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+66 81 234 5678')).toBe("'+66 81 234 5678");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('+7')).toBe('+7');
  });

  it('round-trips through a reader that follows RFC 4180', () => {
    const rows = [
      ['name', 'note'],
      ['ก, ข', 'he said "yes"\nthen left'],
      ['', '42'],
    ];
    const parsed = parseCsv(toCsv(rows, { bom: false }));
    expect(parsed).toEqual(rows);
  });
});

/** A minimal RFC 4180 reader, only for the round-trip check above. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
