/**
 * Enumerations shared by the server (table types, request schemas) and the web app (form options),
 * defined once here.
 */
export const TIERS = ['international', 'central', 'regional', 'local', 'community', 'external'] as const;
export type Tier = (typeof TIERS)[number];

/** DESIGN §3 Organisation kinds; each implies a usual tier but the tier is stored on its own. */
export const ORGANISATION_KINDS = [
  'secretariat',
  'ministry',
  'department',
  'regional_office',
  'province_cluster',
  'provincial_office',
  'district_office',
  'provincial_administration',
  'municipality',
  'subdistrict_administration',
  'community',
  'committee_host',
  'private',
  'ngo',
  'academic',
  'donor',
  'member_state',
  'international_body',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const RELATIONSHIP_KINDS = [
  'line',
  'oversight',
  'technical_support',
  'performance_agreement',
  'public_service_agreement',
  'partnership',
  'ppp',
  'mou',
  'joint_venture',
  'network_membership',
  'funding',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const RESPONSIBILITY_ROLES = ['decides', 'implements', 'consulted', 'informed'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

export const ROLES = ['admin', 'planner', 'approver', 'reporter', 'secretary', 'viewer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['th', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const AREA_LEVELS = ['region', 'country', 'cluster', 'province', 'district', 'subdistrict', 'village', 'target_area'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** Function taxonomies seeded on every install (the functions endpoint's `scheme`). */
export const FUNCTION_SCHEMES = ['cofog', 'national_budget_by_function', 'local_government_budget', 'district_mission'] as const;
export type FunctionScheme = (typeof FUNCTION_SCHEMES)[number];

/** Where the money of a budget line comes from (DESIGN §3 Budget line). */
export const BUDGET_SOURCES = ['state_budget', 'province_budget', 'local_revenue', 'subsidy_grant', 'donor', 'ppp_private', 'loan', 'other'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const TRANSFER_STATUSES = ['planned', 'approved', 'disbursed'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** What the budget consistency checks can find. */
export const BUDGET_FINDING_KINDS = [
  'children_over_parent',
  'disbursed_over_allocated',
  'transfer_over_allocation',
  'strategy_without_money',
  'unlinked_money',
] as const;
export type BudgetFindingKind = (typeof BUDGET_FINDING_KINDS)[number];
