import { describe, expect, it } from 'vitest';
import { stem, tokenise } from './tokenise.js';

const tokens = (text: string) => tokenise(text).map((t) => t.token);

describe('tokenise', () => {
  it('segments Thai and maps public-works words to concepts shared with English', () => {
    expect(tokens('ก่อสร้างถนนคอนกรีตเสริมเหล็ก')).toEqual(['c:works', 'c:road', 'c:concrete']);
    expect(tokens('construction of reinforced concrete road')).toEqual(['c:works', 'c:concrete', 'c:road']);
  });

  it('reads lexicon terms across ICU word boundaries (ส่ง|เสริมสุข|ภาพ)', () => {
    expect(tokens('ส่งเสริมสุขภาพผู้สูงอายุ')).toEqual(['c:promote', 'c:health', 'c:elderly']);
  });

  it('does not read a short term at the start of a longer word (โค in โครงการ)', () => {
    expect(tokens('โครงการพัฒนาศักยภาพสตรี')).toEqual(['c:train', 'c:women']);
  });

  it('prefers the longest phrase: road safety is not road', () => {
    expect(tokens('รณรงค์ความปลอดภัยทางถนน')).toEqual(['c:campaign', 'c:road_safety']);
    expect(tokens('road safety campaign')).toEqual(['c:road_safety', 'c:campaign']);
  });

  it('drops stop words, boilerplate and numbers in both languages', () => {
    expect(tokens('โครงการ ประจำปีงบประมาณ 2568 จำนวน 1 แห่ง')).toEqual([]);
    expect(tokens('the project of the year 2025')).toEqual([]);
  });

  it('keeps unknown content words and their surface for highlighting', () => {
    const out = tokenise('จัดซื้อเครื่องตัดหญ้า');
    expect(out[0]).toEqual({ token: 'c:purchase', surface: 'จัดซื้อ' });
    expect(out.map((t) => t.surface).join('')).toContain('หญ้า');
  });

  it('stems English lightly and consistently', () => {
    expect(stem('bridges')).toBe('bridg');
    expect(stem('bridge')).toBe('bridg');
    expect(stem('dredging')).toBe(stem('dredge'));
    expect(stem('building')).toBe('building');
  });

  it('reads a lexicon term with some of its tone marks lost, and an implied concept with it', () => {
    const tokens = (t: string) => tokenise(t).map((x) => x.token);
    expect(tokens('ควบคุมโรคไขเลือดออก')).toContain('c:dengue');
    expect(tokens('ก่อสร้างเขือนป้องกันตลิ่ง')).toContain('c:bank');
    expect(tokens('ก่อสร้างเขือนป้องกันตลิ่ง')).not.toContain('c:dam');
    expect(tokens('ก่อสร้างฝายชะลอน้ำ')).toEqual(expect.arrayContaining(['c:check_dam', 'c:weir']));
  });
});
