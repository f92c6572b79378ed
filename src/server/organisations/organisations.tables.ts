import type { Generated } from 'kysely';

export {
  ORGANISATION_KINDS,
  RELATIONSHIP_KINDS,
  RESPONSIBILITY_ROLES,
  TIERS,
  type OrganisationKind,
  type RelationshipKind,
  type ResponsibilityRole,
  type Tier,
} from '../../shared/enums.js';
import type { OrganisationKind, RelationshipKind, ResponsibilityRole, Tier } from '../../shared/enums.js';

export interface FunctionsTable {
  code: string;
  scheme: string;
  parent_code: string | null;
  name_th: string;
  name_en: string;
  sort_order: Generated<number>;
}

export interface OrganisationsTable {
  id: Generated<string>;
  code: string;
  kind: OrganisationKind;
  tier: Tier;
  parent_id: string | null;
  path: string;
  depth: number;
  name_th: string;
  name_en: string;
  abbreviation: string | null;
  country_code: string | null;
  website: string | null;
  version: Generated<number>;
  /** kept by triggers (migration 0202) */
  child_count: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrganisationStatsTable {
  singleton: Generated<boolean>;
  total: number;
}

export interface OrganisationAreasTable {
  organisation_id: string;
  area_code: string;
}

export interface RelationshipsTable {
  id: Generated<string>;
  kind: RelationshipKind;
  from_organisation_id: string;
  to_organisation_id: string;
  function_codes: Generated<string[]>;
  area_codes: Generated<string[]>;
  starts_on: string | null;
  ends_on: string | null;
  note: string | null;
  created_at: Generated<Date>;
}

export interface ResponsibilitiesTable {
  id: Generated<string>;
  function_code: string;
  organisation_id: string;
  role: ResponsibilityRole;
  created_at: Generated<Date>;
}

export interface OrganisationsTables {
  functions: FunctionsTable;
  organisations: OrganisationsTable;
  organisation_stats: OrganisationStatsTable;
  organisation_areas: OrganisationAreasTable;
  relationships: RelationshipsTable;
  responsibilities: ResponsibilitiesTable;
}
