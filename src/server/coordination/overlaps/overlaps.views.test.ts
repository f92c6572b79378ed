import { describe, expect, it } from 'vitest';
import { compareProjects, type OverlapProject } from '../overlap/index.js';
import { reasonViews } from './overlaps.views.js';

const base: Omit<OverlapProject, 'id' | 'ownerId' | 'titleTh'> = {
  areaCodes: ['410501'],
  functionCodes: ['04.5'],
  startDate: '2025-10-01',
  endDate: '2026-09-30',
};

describe('reasonViews', () => {
  it('names the two different parts of one place in the reader’s language, not as concept ids', () => {
    const market = { ...base, id: 'a', ownerId: 'o1', titleTh: 'ก่อสร้างตลาดชุมชน บ้านโนนสะอาด' };
    const carPark = { ...base, id: 'b', ownerId: 'o2', titleTh: 'ก่อสร้างลานจอดรถ ตลาดชุมชน บ้านโนนสะอาด' };
    const { reasons } = compareProjects(market, carPark);
    const label = (locale: 'th' | 'en') => reasonViews(locale, reasons).find((r) => r.kind === 'different_part')!.label;
    expect(label('en')).toContain('(market / car park)');
    expect(label('th')).toContain('(ตลาด / ลานจอดรถ)');
    expect(label('en')).not.toContain('c:');
  });
});
