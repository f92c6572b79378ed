import type { Migration } from '../../db/migrate.js';

export const overlapsMigrations: Migration[] = [
  {
    id: '3100_overlaps',
    sql: `
-- Every prefix of every DOPA code of an element ('410101' → 41, 4101, 410101): DOPA codes nest by
-- prefix, so "enclosed by the draft's area" is an array overlap on this, served by a GIN index.
create function overlap_area_prefixes(codes text[]) returns text[] language sql immutable parallel safe as $$
  select coalesce(array_agg(distinct left(c, n)), '{}'::text[])
  from unnest(codes) c, generate_series(2, length(c), 2) n
  where c ~ '^[0-9]{2,}$'
$$;
create index plan_elements_project_areas_idx on plan_elements using gin (area_codes) where kind = 'project';
create index plan_elements_project_area_prefixes_idx on plan_elements using gin (overlap_area_prefixes(area_codes)) where kind = 'project';

-- A candidate pair of projects, element ids ordered so a pair has one row.
create table overlap_pairs (
  id uuid primary key default gen_random_uuid(),
  element_a_id uuid not null references plan_elements(id) on delete cascade,
  element_b_id uuid not null references plan_elements(id) on delete cascade,
  score numeric(5,4) not null,
  -- the engine's machine-readable reasons (coordination/overlap/types.ts Reason[])
  reasons jsonb not null,
  -- hash of both projects' material fields when last compared
  fingerprint text not null,
  status text not null default 'open' check (status in ('open','resolved')),
  resolution text check (resolution in ('not_duplicate','combine','merge','coordinate')),
  -- the fingerprint the resolution was made on: a different one reopens the pair
  resolved_fingerprint text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (element_a_id, element_b_id),
  check (element_a_id < element_b_id),
  check ((status = 'open') = (resolution is null))
);
create index overlap_pairs_b_idx on overlap_pairs (element_b_id);
create index overlap_pairs_status_idx on overlap_pairs (status, score desc);

-- Every resolution ever made on a pair, kept when the pair is reopened or resolved again.
create table overlap_resolutions (
  id uuid primary key default gen_random_uuid(),
  pair_id uuid not null references overlap_pairs(id) on delete cascade,
  resolution text not null check (resolution in ('not_duplicate','combine','merge','coordinate')),
  note text,
  absorbing_element_id uuid references plan_elements(id) on delete set null,
  linkage_id uuid references plan_linkages(id) on delete set null,
  fingerprint text not null,
  resolved_by uuid,
  resolved_at timestamptz not null default now()
);
create index overlap_resolutions_pair_idx on overlap_resolutions (pair_id, resolved_at);
`,
  },
];
