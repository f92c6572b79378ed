import { describe, expect, it } from 'vitest';
import { formatBaht, formatBahtCompact } from './format-money.js';

describe('formatBaht', () => {
  it('formats baht with satang in Thai and English', () => {
    expect(formatBaht('1234567.5', 'th')).toBe('฿1,234,567.50');
    expect(formatBaht('1234567.5', 'en').replace(/\s/g, ' ')).toBe('THB 1,234,567.50');
  });

  it('drops satang when asked', () => {
    expect(formatBaht(1500, 'th', { fractionDigits: 0 })).toBe('฿1,500');
  });

  it('compacts large amounts', () => {
    expect(formatBahtCompact('1234567890', 'en')).toMatch(/1\.2/);
  });
});
