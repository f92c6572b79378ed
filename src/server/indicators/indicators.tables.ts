import type { ColumnType, Generated } from 'kysely';
import type { AreaBreakdown, IndicatorDirection, IndicatorKind, IndicatorUnit, MeasurementStatus, ProgressStatus, RollupRule } from '../../shared/results.js';

/** numeric columns: read as exact decimal strings, written from strings or numbers */
type Numeric = ColumnType<string, string | number, string | number>;
type NullableNumeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;

export interface IndicatorsTable {
  id: Generated<string>;
  element_id: string;
  plan_id: string;
  code: string | null;
  name_th: string;
  name_en: string;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  unit_label_th: string | null;
  unit_label_en: string | null;
  direction: IndicatorDirection;
  rollup_rule: RollupRule;
  baseline_value: NullableNumeric;
  baseline_fy: number | null;
  responsible_organisation_id: string;
  area_breakdown: AreaBreakdown | null;
  contributes_to_indicator_id: string | null;
  contribution_weight: ColumnType<string, string | number | undefined, string | number>;
  sort_order: Generated<number>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface IndicatorTargetsTable {
  indicator_id: string;
  period: string;
  area_code: Generated<string>;
  value: Numeric;
}

export interface MeasurementsTable {
  id: Generated<string>;
  indicator_id: string;
  period: string;
  area_code: string | null;
  organisation_id: string;
  value: Numeric;
  status: Generated<MeasurementStatus>;
  note: string | null;
  reject_reason: string | null;
  corrects_id: string | null;
  superseded_by: string | null;
  seq: ColumnType<number | null, number | null | undefined, number | null>;
  version: Generated<number>;
  created_by: string | null;
  submitted_by: string | null;
  submitted_at: Date | null;
  verified_by: string | null;
  verified_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MeasurementEvidenceTable {
  id: Generated<string>;
  measurement_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ElementProgressReportsTable {
  id: Generated<string>;
  element_id: string;
  period: string;
  percent_complete: Numeric;
  status: ProgressStatus;
  narrative: string | null;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type RollupAxis = 'area' | 'org';

export interface RollupNodesTable {
  indicator_id: string;
  period: string;
  axis: RollupAxis;
  node: string;
  parent_node: string | null;
  n: number;
  sum_v: Numeric;
  sum_w: Numeric;
  sum_wv: Numeric;
  min_v: Numeric;
  max_v: Numeric;
  latest_seq: number;
  latest_v: Numeric;
  value: NullableNumeric;
}

export interface RollupIndicatorsTable {
  indicator_id: string;
  period: string;
  own_value: NullableNumeric;
  own_seq: ColumnType<number | null, number | null | undefined, number | null>;
  n: number;
  sum_v: Numeric;
  sum_w: Numeric;
  sum_wv: Numeric;
  min_v: NullableNumeric;
  max_v: NullableNumeric;
  latest_seq: ColumnType<number | null, number | null | undefined, number | null>;
  latest_v: NullableNumeric;
  value: NullableNumeric;
}

export interface IndicatorsTables {
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  measurements: MeasurementsTable;
  measurement_evidence: MeasurementEvidenceTable;
  element_progress_reports: ElementProgressReportsTable;
  rollup_nodes: RollupNodesTable;
  rollup_indicators: RollupIndicatorsTable;
}
