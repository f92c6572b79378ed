import type { Generated } from 'kysely';

export { AREA_LEVELS, type AreaLevel } from '../../shared/enums.js';
import type { AreaLevel } from '../../shared/enums.js';

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
