import type { ColumnType, Generated } from 'kysely';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** Statuses anyone may read; the others need `private.read` over the owner. */
export const PUBLIC_STATUSES: readonly PlanStatus[] = ['approved', 'active', 'closed'];
/** Statuses whose content a planner may still change. */
export const EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'returned'];

export const ELEMENT_KINDS = ['goal', 'strategy', 'tactic', 'programme', 'project', 'activity'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const LINKAGE_MODES = ['link', 'coordinate', 'combine', 'merge', 'complement'] as const;
export type LinkageMode = (typeof LINKAGE_MODES)[number];

export const PILOT_DECISIONS = ['scale_up', 'adapt', 'continue', 'stop'] as const;
export type PilotDecision = (typeof PILOT_DECISIONS)[number];

export interface PlanLevelsTable {
  code: string;
  rank: number;
  tier: string;
  name_th: string;
  name_en: string;
}

export interface PlansTable {
  id: Generated<string>;
  family_id: string;
  version_number: Generated<number>;
  code: string | null;
  owner_organisation_id: string;
  level_code: string;
  level_rank: number;
  fy_start: number;
  fy_end: number;
  title_th: string;
  title_en: string;
  description: string | null;
  status: Generated<PlanStatus>;
  return_comment: string | null;
  is_reference: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanElementsTable {
  id: Generated<string>;
  plan_id: string;
  parent_id: string | null;
  lineage_id: string;
  kind: ElementKind;
  code: string | null;
  sort_order: Generated<number>;
  title_th: string;
  title_en: string;
  description: string | null;
  area_codes: ColumnType<string[], string[] | undefined, string[]>;
  function_codes: ColumnType<string[], string[] | undefined, string[]>;
  lead_organisation_id: string | null;
  co_organisation_ids: ColumnType<string[], string[] | undefined, string[]>;
  starts_on: string | null;
  ends_on: string | null;
  government_priority: number | null;
  area_priority: number | null;
  is_pilot: Generated<boolean>;
  pilot_hypothesis: string | null;
  pilot_evaluation: string | null;
  pilot_decision: PilotDecision | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanLinkagesTable {
  id: Generated<string>;
  source_element_id: string;
  target_element_id: string;
  source_plan_id: string;
  target_plan_id: string;
  /** filled in by a trigger from the source element */
  source_kind: Generated<ElementKind>;
  mode: LinkageMode;
  weight: ColumnType<string, string | number | undefined, string | number>;
  rationale: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlansTables {
  plan_levels: PlanLevelsTable;
  plans: PlansTable;
  plan_elements: PlanElementsTable;
  plan_linkages: PlanLinkagesTable;
}
