import type { Generated } from 'kysely';

export const AREA_LEVELS = ['region', 'country', 'cluster', 'province', 'district', 'subdistrict', 'village', 'target_area'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface AreasTable {
  code: string;
  level: AreaLevel;
  parent_code: string | null;
  path: string;
  depth: number;
  name_th: string;
  name_en: string;
  iso_code: string | null;
  postal_code: string | null;
  kind: string | null;
  created_at: Generated<Date>;
}

export interface AreasTables {
  areas: AreasTable;
}
