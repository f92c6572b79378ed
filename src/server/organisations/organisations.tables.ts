import type { Generated } from 'kysely';

export const TIERS = ['international', 'central', 'regional', 'local', 'community', 'external'] as const;
export type Tier = (typeof TIERS)[number];

/** DESIGN §3 Organisation kinds; each implies a usual tier but the tier is stored on its own. */
export const ORGANISATION_KINDS = [
  'secretariat', 'ministry', 'department', 'regional_office', 'province_cluster', 'provincial_office',
  'district_office', 'provincial_administration', 'municipality', 'subdistrict_administration',
  'community', 'committee_host', 'private', 'ngo', 'academic', 'donor', 'member_state', 'international_body',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const RELATIONSHIP_KINDS = [
  'line', 'oversight', 'technical_support', 'performance_agreement', 'public_service_agreement',
  'partnership', 'ppp', 'mou', 'joint_venture', 'network_membership', 'funding',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const RESPONSIBILITY_ROLES = ['decides', 'implements', 'consulted', 'informed'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

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
