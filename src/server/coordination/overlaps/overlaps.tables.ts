import type { ColumnType, Generated } from 'kysely';
import type { Reason } from '../overlap/index.js';

export const OVERLAP_RESOLUTIONS = ['not_duplicate', 'combine', 'merge', 'coordinate'] as const;
export type OverlapResolution = (typeof OVERLAP_RESOLUTIONS)[number];
export const PAIR_STATUSES = ['open', 'resolved'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export interface OverlapPairsTable {
  id: Generated<string>;
  element_a_id: string;
  element_b_id: string;
  score: ColumnType<string, string | number, string | number>;
  reasons: ColumnType<Reason[], string, string>;
  fingerprint: string;
  status: Generated<PairStatus>;
  resolution: OverlapResolution | null;
  resolved_fingerprint: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OverlapResolutionsTable {
  id: Generated<string>;
  pair_id: string;
  resolution: OverlapResolution;
  note: string | null;
  absorbing_element_id: string | null;
  linkage_id: string | null;
  fingerprint: string;
  resolved_by: string | null;
  resolved_at: Generated<Date>;
}

export interface OverlapsTables {
  overlap_pairs: OverlapPairsTable;
  overlap_resolutions: OverlapResolutionsTable;
}
