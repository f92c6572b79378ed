import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, toBuddhistYear } from './format-date.js';

describe('formatDate', () => {
  it('shows the Buddhist Era year in Thai', () => {
    expect(formatDate('2026-09-30', 'th')).toContain('2569');
    expect(formatDate('2026-09-30', 'th')).not.toContain('2026');
  });

  it('shows the Gregorian year in English', () => {
    expect(formatDate('2026-09-30', 'en')).toContain('2026');
    expect(formatDate('2026-09-30', 'en')).not.toContain('2569');
  });

  it('keeps a calendar date on its day whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'en', 'long', 'Pacific/Honolulu')).toBe('1 January 2026');
    expect(formatDate('2026-01-01', 'en', 'long', 'Pacific/Kiritimati')).toBe('1 January 2026');
  });

  it('formats a moment in Bangkok time', () => {
    // 17:30 UTC on 31 Dec 2025 is 00:30 on 1 Jan 2026 in Bangkok (UTC+7)
    const text = formatDateTime(new Date('2025-12-31T17:30:00Z'), 'th');
    expect(text).toContain('2569');
    expect(text).toContain('00:30');
  });

  it('converts years', () => {
    expect(toBuddhistYear(2026)).toBe(2569);
  });
});
