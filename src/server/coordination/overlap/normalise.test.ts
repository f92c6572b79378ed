import { describe, expect, it } from 'vitest';
import { foldThaiVariants, normalise, toArabicDigits } from './normalise.js';

describe('normalise', () => {
  it('turns Thai digits into Arabic digits', () => {
    expect(toArabicDigits('ทางหลวงหมายเลข ๓๒๓๙ กม.๘+๕๐๐')).toBe('ทางหลวงหมายเลข 3239 กม.8+500');
  });

  it('composes a decomposed sara am, with or without a tone mark in between', () => {
    expect(normalise('น\u0E4D\u0E32')).toBe('นำ');
    expect(normalise('น\u0E49\u0E4D\u0E32')).toBe('น้ำ');
    expect(normalise('น\u0E4D\u0E49\u0E32')).toBe('น้ำ');
  });

  it('folds เเ typed for แ, doubled marks and a tone typed before its vowel', () => {
    expect(foldThaiVariants('เเม่น้ำ')).toBe('แม่น้ำ');
    expect(foldThaiVariants('ใต้้')).toBe('ใต้');
    expect(foldThaiVariants('ก\u0E48\u0E34')).toBe('ก\u0E34\u0E48');
  });

  it('moves a tone mark typed after sara aa back onto its consonant', () => {
    expect(foldThaiVariants('ไฟฟา้')).toBe('ไฟฟ้า');
    expect(foldThaiVariants('ส่องสวา่ง')).toBe('ส่องสว่าง');
    expect(foldThaiVariants('ไฟฟ้า')).toBe('ไฟฟ้า');
  });

  it('removes zero-width spaces and folds dashes, quotes and runs of spaces', () => {
    expect(normalise('ถนน\u200Bคอนกรีต  “บ้านหนองบัว”\u2013บ้านนาดี')).toBe('ถนนคอนกรีต บ้านหนองบัว -บ้านนาดี');
  });

  it('joins thousands separators and mends OCR letters inside numbers', () => {
    expect(normalise('ยาว 1,200 เมตร ทางหลวง 2O23')).toBe('ยาว 1200 เมตร ทางหลวง 2023');
  });

  it('keeps the dots and plus signs that cues need, and keeps case for English names', () => {
    expect(normalise('ทล.3239 กม.8+500 Ban Nong Bua')).toBe('ทล.3239 กม.8+500 Ban Nong Bua');
  });

  it('gives NFC output', () => {
    expect(normalise('Cafe\u0301')).toBe('Café');
  });
});
