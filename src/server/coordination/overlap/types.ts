/** The engine's view of a project: what the plans area will hand it (see DESIGN §4). */
export interface OverlapProject {
  id: string;
  ownerId: string;
  titleTh?: string;
  titleEn?: string;
  description?: string;
  /** DOPA codes; they nest by prefix: '41' ⊃ '4101' ⊃ '410101'. */
  areaCodes: string[];
  /** Function codes (COFOG-style '04.5' nests under '04'). */
  functionCodes: string[];
  /** ISO dates 'YYYY-MM-DD'. */
  startDate?: string;
  endDate?: string;
  budget?: number;
}

export type ReasonKind =
  | 'shared_area'
  | 'nested_area'
  | 'different_area'
  | 'same_place_name'
  | 'different_place'
  | 'shared_function'
  | 'different_function'
  | 'period_overlap'
  | 'different_period'
  | 'shared_words'
  | 'similar_text'
  | 'different_object'
  | 'different_part'
  | 'different_group'
  | 'different_occasion'
  | 'different_division'
  | 'different_trade'
  | 'different_method'
  | 'different_crop'
  | 'different_course'
  | 'different_structure'
  | 'different_disease'
  | 'different_sport'
  | 'different_language'
  | 'different_building'
  | 'road_section_overlap'
  | 'same_road'
  | 'road_section_disjoint'
  | 'same_water'
  | 'different_phase'
  | 'own_equipment'
  | 'same_owner';

/**
 * Why a pair is (or is not) a candidate. Machine-readable so the UI can say it in Thai and
 * English; `detail` carries what to show (shared words to highlight, codes, km, phases).
 */
export interface Reason {
  kind: ReasonKind;
  /** true when the reason argues for a duplicate, false when against. */
  supports: boolean;
  detail: Record<string, unknown>;
}

export interface Comparison {
  score: number;
  duplicate: boolean;
  reasons: Reason[];
}
