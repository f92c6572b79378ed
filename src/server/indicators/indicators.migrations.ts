import type { Migration } from '../db/migrate.js';

export const indicatorsMigrations: Migration[] = [
  {
    id: '1100_indicators',
    sql: `
-- Indicators on plan elements (DESIGN §3). The plan and the responsible organisation's path are
-- looked up, not copied: organisations can move and reads join them by primary key.
create table indicators (
  id uuid primary key default gen_random_uuid(),
  element_id uuid not null references plan_elements(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  code text,
  name_th text not null,
  name_en text not null,
  kind text not null check (kind in ('output','outcome','impact')),
  unit text not null check (unit in ('count','percent','baht','number')),
  unit_label_th text,
  unit_label_en text,
  direction text not null check (direction in ('up','down','keep')),
  rollup_rule text not null check (rollup_rule in ('sum','mean','weighted_mean','min','max','latest','none')),
  baseline_value numeric,
  baseline_fy int,
  responsible_organisation_id uuid not null references organisations(id),
  -- null: one value per period; otherwise measurements carry a DOPA code of this level
  area_breakdown text check (area_breakdown in ('province','district','subdistrict')),
  -- the indicator of an element above (tree ancestor or linkage target) this one rolls up into
  contributes_to_indicator_id uuid references indicators(id),
  contribution_weight numeric(7,2) not null default 100 check (contribution_weight >= 0),
  sort_order int not null default 0,
  version int not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (contributes_to_indicator_id is null or contributes_to_indicator_id <> id),
  check ((baseline_value is null) = (baseline_fy is null))
);
create index indicators_element_idx on indicators (element_id, sort_order);
create index indicators_plan_idx on indicators (plan_id);
create index indicators_responsible_idx on indicators (responsible_organisation_id);
create index indicators_contributes_idx on indicators (contributes_to_indicator_id) include (id, contribution_weight) where contributes_to_indicator_id is not null;

-- A target per period ("2569" or "2569-Q1"); area_code '' is the whole indicator, a DOPA code an area's own target.
create table indicator_targets (
  indicator_id uuid not null references indicators(id) on delete cascade,
  period text not null check (period ~ '^[0-9]{4}(-Q[1-4])?$'),
  area_code text not null default '',
  value numeric not null,
  primary key (indicator_id, period, area_code)
);

-- orders verifications: the "latest" roll-up rule takes the most recently verified value
create sequence measurement_seq;

create table measurements (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null references indicators(id) on delete cascade,
  period text not null check (period ~ '^[0-9]{4}(-Q[1-4])?$'),
  area_code text references areas(code),
  -- the reporting organisation: the responsible organisation or one below it
  organisation_id uuid not null references organisations(id),
  value numeric not null,
  status text not null default 'draft' check (status in ('draft','submitted','verified','rejected')),
  note text,
  reject_reason text,
  -- a correction names the verified row it replaces; that row gets superseded_by when the correction is verified
  corrects_id uuid references measurements(id),
  superseded_by uuid references measurements(id),
  seq bigint,
  version int not null default 1,
  created_by uuid,
  submitted_by uuid,
  submitted_at timestamptz,
  verified_by uuid,
  verified_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'rejected') = (reject_reason is not null)),
  check ((status = 'verified') = (seq is not null))
);
-- one current verified value per cell, and at most one open (draft/submitted) entry per cell
create unique index measurements_current_idx on measurements (indicator_id, period, coalesce(area_code, ''))
  include (value, seq, organisation_id) where status = 'verified' and superseded_by is null;
create unique index measurements_open_idx on measurements (indicator_id, period, coalesce(area_code, '')) where status in ('draft','submitted');
create index measurements_cell_idx on measurements (indicator_id, period, area_code, created_at);
create index measurements_submitted_idx on measurements (organisation_id) where status = 'submitted';

-- Evidence files, stored in the database so several app processes share them.
create table measurement_evidence (
  id uuid primary key default gen_random_uuid(),
  measurement_id uuid not null references measurements(id) on delete cascade,
  file_name text not null,
  content_type text not null,
  size_bytes int not null check (size_bytes > 0 and size_bytes <= 5242880),
  sha256 text not null,
  content bytea not null,
  created_by uuid,
  created_at timestamptz not null default now()
);
create index measurement_evidence_measurement_idx on measurement_evidence (measurement_id);

create table element_progress_reports (
  id uuid primary key default gen_random_uuid(),
  element_id uuid not null references plan_elements(id) on delete cascade,
  period text not null check (period ~ '^[0-9]{4}(-Q[1-4])?$'),
  percent_complete numeric(5,2) not null check (percent_complete between 0 and 100),
  status text not null check (status in ('on_track','at_risk','off_track','done','cancelled')),
  narrative text,
  version int not null default 1,
  created_by uuid,
  updated_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (element_id, period)
);

-- Maintained roll-ups on the two flat axes: one row per (indicator, period, node) where node is an
-- area code ('TH', '41', '4101', '410101') or an organisation id. Each row holds the mergeable
-- aggregate of every current verified value in the node's subtree, so a read is one index lookup.
create table rollup_nodes (
  indicator_id uuid not null references indicators(id) on delete cascade,
  period text not null,
  axis text not null check (axis in ('area','org')),
  node text not null,
  parent_node text,
  n int not null,
  sum_v numeric not null,
  sum_w numeric not null,
  sum_wv numeric not null,
  min_v numeric not null,
  max_v numeric not null,
  latest_seq bigint not null,
  latest_v numeric not null,
  -- the indicator's roll-up rule applied to the aggregate (null for 'none' over several values)
  value numeric,
  primary key (indicator_id, period, axis, node)
);
create index rollup_nodes_children_idx on rollup_nodes (indicator_id, period, axis, parent_node);
create index rollup_nodes_node_idx on rollup_nodes (axis, node, period);

-- Maintained roll-ups along the contribution tree (element tree + linkages): per indicator and
-- period, its own value (the flat aggregate of its own measurements, weight 100) and its direct
-- contributors' rolled values (weighted by contribution_weight) combined by its rule.
create table rollup_indicators (
  indicator_id uuid not null references indicators(id) on delete cascade,
  period text not null,
  own_value numeric,
  own_seq bigint,
  n int not null,
  sum_v numeric not null,
  sum_w numeric not null,
  sum_wv numeric not null,
  min_v numeric,
  max_v numeric,
  latest_seq bigint,
  latest_v numeric,
  value numeric,
  primary key (indicator_id, period)
);
`,
  },
  {
    // the map's picker lists indicators broken down by area: a handful among millions (bench/indicator-search.ts)
    id: '1160_indicators_area_breakdown_idx',
    sql: `create index indicators_area_breakdown_idx on indicators (area_breakdown) where area_breakdown is not null;`,
  },
  {
    // the KPI and map pickers search names and codes as typed, anywhere in the text: a trigram
    // index answers that without reading every indicator (the expression must match the query's)
    id: '1190_indicators_text_trgm_idx',
    sql: `create index indicators_text_trgm_idx on indicators using gin ((name_th || ' ' || name_en || ' ' || coalesce(code, '')) gin_trgm_ops);`,
  },
];
