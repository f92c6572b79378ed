import type { Migration } from '../db/migrate.js';
import { alignmentClosureMigration } from './alignment-closure.migration.js';
import { alignmentPublicTotalsMigration } from './alignment-public-totals.migration.js';
import { alignmentRemovalMigration } from './alignment-removal.migration.js';
import { alignmentTriggersMigration } from './alignment-triggers.migration.js';

export const plansMigrations: Migration[] = [
  {
    id: '1000_plans',
    sql: `
-- The chain of plan levels (reference data). A higher rank is a higher level; linkage goes upward only.
create table plan_levels (
  code text primary key,
  rank int not null unique,
  tier text not null,
  name_th text not null,
  name_en text not null
);

create table plans (
  id uuid primary key default gen_random_uuid(),
  -- every version of one plan shares its family; version_number counts them from 1
  family_id uuid not null,
  version_number int not null default 1,
  code text,
  owner_organisation_id uuid not null references organisations(id),
  level_code text not null references plan_levels(code),
  -- copied from plan_levels so linkage checks and alignment filters need no join
  level_rank int not null,
  fy_start int not null,
  fy_end int not null,
  title_th text not null,
  title_en text not null,
  description text,
  status text not null default 'draft' check (status in ('draft','submitted','approved','returned','active','closed')),
  return_comment text,
  -- national reference plans loaded by the reference seed: nobody edits them
  is_reference boolean not null default false,
  version int not null default 1,
  created_by uuid,
  submitted_at timestamptz,
  approved_at timestamptz,
  approved_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (fy_start <= fy_end),
  unique (family_id, version_number)
);
create index plans_owner_idx on plans (owner_organisation_id, status);
create index plans_level_idx on plans (level_rank, fy_start, fy_end);
create unique index plans_code_idx on plans (code, version_number) where code is not null;

create table plan_elements (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  parent_id uuid references plan_elements(id) on delete cascade,
  -- stable across versions: a revision copies an element with a new id and the same lineage
  lineage_id uuid not null,
  kind text not null check (kind in ('goal','strategy','tactic','programme','project','activity')),
  code text,
  sort_order int not null default 0,
  title_th text not null,
  title_en text not null,
  description text,
  area_codes text[] not null default '{}',
  function_codes text[] not null default '{}',
  lead_organisation_id uuid references organisations(id),
  co_organisation_ids uuid[] not null default '{}',
  starts_on date,
  ends_on date,
  -- 1 (highest) … 5 (lowest)
  government_priority smallint check (government_priority between 1 and 5),
  area_priority smallint check (area_priority between 1 and 5),
  is_pilot boolean not null default false,
  pilot_hypothesis text,
  pilot_evaluation text,
  pilot_decision text check (pilot_decision in ('scale_up','adapt','continue','stop')),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_on is null or starts_on is null or ends_on >= starts_on),
  check (parent_id is null or parent_id <> id)
);
-- the tree in one index-ordered scan; children of a node for the recursive walks
create index plan_elements_plan_idx on plan_elements (plan_id, parent_id, sort_order);
create index plan_elements_parent_idx on plan_elements (parent_id) include (id, kind, plan_id);
create index plan_elements_lineage_idx on plan_elements (lineage_id);
create index plan_elements_lead_idx on plan_elements (lead_organisation_id);
create index plan_elements_text_trgm_idx on plan_elements using gin ((title_th || ' ' || title_en || ' ' || coalesce(code, '')) gin_trgm_ops);

create table plan_linkages (
  id uuid primary key default gen_random_uuid(),
  source_element_id uuid not null references plan_elements(id) on delete cascade,
  -- no cascade: deleting an element something links into is refused by the service
  target_element_id uuid not null references plan_elements(id),
  source_plan_id uuid not null references plans(id) on delete cascade,
  target_plan_id uuid not null references plans(id),
  -- copied from the source element (kinds never change) so alignment walks read only this index
  source_kind text not null,
  mode text not null check (mode in ('link','coordinate','combine','merge','complement')),
  weight numeric(5,2) not null default 100 check (weight >= 0 and weight <= 100),
  rationale text,
  version int not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (source_element_id, target_element_id),
  check (source_element_id <> target_element_id)
);
-- alignment walks linkages downward (target → sources); chains walk them upward (source → targets)
create index plan_linkages_target_idx on plan_linkages (target_element_id) include (source_element_id, source_plan_id, source_kind);
create index plan_linkages_source_idx on plan_linkages (source_element_id, target_element_id);
create index plan_linkages_target_plan_idx on plan_linkages (target_plan_id);
create index plan_linkages_source_plan_idx on plan_linkages (source_plan_id);

-- any inserter (service, seeds, bulk loads) gets source_kind filled in from the source element
create function plan_linkages_fill_source_kind() returns trigger language plpgsql as $$
begin
  if new.source_kind is null then
    select kind into new.source_kind from plan_elements where id = new.source_element_id;
  end if;
  return new;
end $$;
create trigger plan_linkages_fill_source_kind before insert on plan_linkages
  for each row execute function plan_linkages_fill_source_kind();
`,
  },
  alignmentClosureMigration,
  alignmentTriggersMigration,
  alignmentPublicTotalsMigration,
  alignmentRemovalMigration,
];
