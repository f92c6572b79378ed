import type { Migration } from '../db/migrate.js';

export const areasMigrations: Migration[] = [
  {
    id: '0100_areas',
    sql: `
create extension if not exists pg_trgm;

-- Geography from the ASEAN region down to a target area (คุ้มบ้าน). Official codes are the keys:
-- DOPA codes for Thailand (province 10, district 1001, subdistrict 100101), ISO alpha-2 above.
create table areas (
  code text primary key,
  level text not null check (level in ('region','country','cluster','province','district','subdistrict','village','target_area')),
  parent_code text references areas(code),
  -- '/ASEAN/TH/10/1001/': subtree queries are one indexed prefix match
  path text not null,
  depth int not null,
  name_th text not null,
  name_en text not null,
  iso_code text,
  postal_code text,
  kind text,
  created_at timestamptz not null default now()
);
create index areas_parent_idx on areas (parent_code, code);
create index areas_path_idx on areas (path text_pattern_ops);
create index areas_level_idx on areas (level, code);
create index areas_name_trgm_idx on areas using gin ((name_th || ' ' || name_en) gin_trgm_ops);
`,
  },
];
