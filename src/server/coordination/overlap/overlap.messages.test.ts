import { describe, expect, it } from 'vitest';
import { overlapMessages } from './overlap.messages.js';
import type { ReasonKind } from './types.js';

const KINDS: Record<ReasonKind, true> = {
  shared_area: true,
  nested_area: true,
  different_area: true,
  same_place_name: true,
  different_place: true,
  shared_function: true,
  different_function: true,
  period_overlap: true,
  different_period: true,
  shared_words: true,
  similar_text: true,
  different_object: true,
  different_part: true,
  different_group: true,
  different_occasion: true,
  different_division: true,
  different_trade: true,
  different_method: true,
  different_crop: true,
  different_course: true,
  different_structure: true,
  different_disease: true,
  different_sport: true,
  different_language: true,
  different_building: true,
  road_section_overlap: true,
  same_road: true,
  road_section_disjoint: true,
  same_water: true,
  different_phase: true,
  own_equipment: true,
  same_owner: true,
};

describe('overlap messages', () => {
  it('words every reason kind in English and Thai, with the same parameters', () => {
    for (const kind of Object.keys(KINDS)) {
      const key = `overlap.reason.${kind}`;
      expect(overlapMessages.en[key], key).toBeTruthy();
      expect(overlapMessages.th[key], key).toMatch(/[\u0E00-\u0E7F]/);
      const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(params(overlapMessages.th[key])).toEqual(params(overlapMessages.en[key]));
    }
  });
});
