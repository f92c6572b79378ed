import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, unescapeText, unfoldLines, writeCalendar } from './ics.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar writer', () => {
  it('escapes backslashes, commas, semicolons and newlines, and reads them back', () => {
    const text = 'ห้อง 2, ชั้น 3; อาคาร A\\B\nบรรทัดใหม่';
    expect(escapeText(text)).toBe('ห้อง 2\\, ชั้น 3\\; อาคาร A\\\\B\\nบรรทัดใหม่');
    expect(unescapeText(escapeText(text))).toBe(text);
  });

  it('folds at 75 octets without splitting a Thai character', () => {
    const line = `SUMMARY:${'การประชุมคณะกรรมการ'.repeat(10)}`;
    const folded = foldLine(line);
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(
      folded[0] +
        folded
          .slice(1)
          .map((p) => p.slice(1))
          .join(''),
    ).toBe(line);
    expect(foldLine('SHORT:x')).toEqual(['SHORT:x']);
  });

  it('writes CRLF lines, UTC times, and one VEVENT per event', () => {
    const text = writeCalendar({
      prodId: '-//Test//EN',
      now: new Date('2026-01-01T00:00:00Z'),
      events: [{ uid: 'a@test', start: new Date('2026-01-15T02:30:00Z'), end: new Date('2026-01-15T05:30:00Z'), summary: 'A, B; C', status: 'CANCELLED' }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfoldLines(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20260115T023000Z');
    expect(lines).toContain('DTEND:20260115T053000Z');
    expect(lines).toContain('DTSTAMP:20260101T000000Z');
    expect(lines).toContain('SUMMARY:A\\, B\\; C');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });
});
