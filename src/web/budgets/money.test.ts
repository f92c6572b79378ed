import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBaht, formatBahtForInput, fromSatang, normaliseAmount, parseBahtInput, subtractBaht, sumBaht, toSatang } from './money';

describe('parseBahtInput', () => {
  it('reads plain, grouped, Thai-digit and decorated amounts as two-decimal strings', () => {
    expect(parseBahtInput('1234.5')).toEqual({ ok: true, value: '1234.50' });
    expect(parseBahtInput(' 1,234,567.05 ')).toEqual({ ok: true, value: '1234567.05' });
    expect(parseBahtInput('๑,๒๐๐.๕๐')).toEqual({ ok: true, value: '1200.50' });
    expect(parseBahtInput('฿ 2 500 000')).toEqual({ ok: true, value: '2500000.00' });
    expect(parseBahtInput('THB 10')).toEqual({ ok: true, value: '10.00' });
    expect(parseBahtInput('300 บาท')).toEqual({ ok: true, value: '300.00' });
    expect(parseBahtInput('007.10')).toEqual({ ok: true, value: '7.10' });
    expect(parseBahtInput('.5')).toEqual({ ok: true, value: '0.50' });
    expect(parseBahtInput('12.3400')).toEqual({ ok: true, value: '12.34' });
  });

  it('treats an empty field as no value', () => {
    expect(parseBahtInput('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses words, negatives and fractions of a satang', () => {
    expect(parseBahtInput('ten')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseBahtInput('1.2.3')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseBahtInput('1e6')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseBahtInput('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseBahtInput('\u22125')).toEqual({ ok: false, problem: 'negative' });
    expect(parseBahtInput('0.001')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseBahtInput('-0')).toEqual({ ok: true, value: '0.00' });
  });

  it('gives back exactly the satang of any grouped amount it formatted (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), (satang) => {
        const parsed = parseBahtInput(formatBahtForInput(fromSatang(satang)));
        expect(parsed.ok && parsed.value !== null && toSatang(parsed.value)).toBe(satang);
      }),
    );
  });
});

describe('satang arithmetic', () => {
  it('converts decimal strings to satang and back', () => {
    expect(toSatang('12.5')).toBe(1250n);
    expect(toSatang('-0.05')).toBe(-5n);
    expect(fromSatang(-5n)).toBe('-0.05');
    expect(fromSatang(123456789012345678n)).toBe('1234567890123456.78');
    expect(() => toSatang('1.234')).toThrow(RangeError);
  });

  it("normalises the server's numeric strings", () => {
    expect(normaliseAmount('100.0000')).toBe('100.00');
    expect(normaliseAmount('7')).toBe('7.00');
    expect(() => normaliseAmount('0.001')).toThrow(RangeError);
  });

  it('adds where floats would drift', () => {
    expect(sumBaht(['0.10', '0.20'])).toBe('0.30');
    expect(subtractBaht('1000000000000000.10', '0.20')).toBe('999999999999999.90');
    expect(sumBaht([])).toBe('0.00');
  });

  it('sums like a brute-force count of satang (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000 }), { maxLength: 30 }), (satangs) => {
        const strings = satangs.map((s) => `${Math.floor(s / 100)}.${String(s % 100).padStart(2, '0')}`);
        // brute force: count satang in safe integers (each term ≤ 2e9, at most 30 of them)
        const expected = satangs.reduce((a, b) => a + b, 0);
        expect(toSatang(sumBaht(strings))).toBe(BigInt(expected));
      }),
    );
  });

  it('compares amounts of any size exactly', () => {
    expect(compareBaht('9007199254740993.01', '9007199254740993.00')).toBe(1);
    expect(compareBaht('5', '5.00')).toBe(0);
    expect(compareBaht('0.99', '1')).toBe(-1);
  });

  it('groups amounts for edit fields', () => {
    expect(formatBahtForInput('1234567.5')).toBe('1,234,567.50');
    expect(formatBahtForInput(null)).toBe('');
    expect(formatBahtForInput('999')).toBe('999.00');
  });
});
