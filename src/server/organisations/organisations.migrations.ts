import type { Migration } from '../db/migrate.js';

export const organisationsMigrations: Migration[] = [
  {
    id: '0200_organisations',
    sql: `
-- Missions and sectors for Area-Function-Participation matching: COFOG, the Thai budget's
-- functional classes, and the four mission groups of district administration.
create table functions (
  code text primary key,
  scheme text not null,
  parent_code text references functions(code),
  name_th text not null,
  name_en text not null,
  sort_order int not null default 0
);
create index functions_parent_idx on functions (parent_code, sort_order);

create table organisations (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  kind text not null,
  tier text not null check (tier in ('international','central','regional','local','community','external')),
  parent_id uuid references organisations(id),
  -- '/<root id>/…/<own id>/': a role's reach (the subtree) is one indexed prefix match
  path text not null,
  depth int not null,
  name_th text not null,
  name_en text not null,
  abbreviation text,
  country_code text,
  website text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organisations_parent_idx on organisations (parent_id, name_en);
create index organisations_path_idx on organisations (path text_pattern_ops);
create index organisations_name_trgm_idx on organisations using gin ((name_th || ' ' || name_en || ' ' || code) gin_trgm_ops);

create table organisation_areas (
  organisation_id uuid not null references organisations(id) on delete cascade,
  area_code text not null references areas(code),
  primary key (organisation_id, area_code)
);
create index organisation_areas_area_idx on organisation_areas (area_code);

create table relationships (
  id uuid primary key default gen_random_uuid(),
  kind text not null,
  from_organisation_id uuid not null references organisations(id) on delete cascade,
  to_organisation_id uuid not null references organisations(id) on delete cascade,
  function_codes text[] not null default '{}',
  area_codes text[] not null default '{}',
  starts_on date,
  ends_on date,
  note text,
  created_at timestamptz not null default now(),
  check (from_organisation_id <> to_organisation_id),
  check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index relationships_from_idx on relationships (from_organisation_id);
create index relationships_to_idx on relationships (to_organisation_id);

-- The responsibility matrix: for a function, who decides, implements, is consulted, is informed.
create table responsibilities (
  id uuid primary key default gen_random_uuid(),
  function_code text not null references functions(code),
  organisation_id uuid not null references organisations(id) on delete cascade,
  role text not null check (role in ('decides','implements','consulted','informed')),
  created_at timestamptz not null default now(),
  unique (function_code, organisation_id, role)
);
create index responsibilities_org_idx on responsibilities (organisation_id);
`,
  },
  {
    id: '0201_organisations_name_order',
    sql: `
-- The whole-tree list pages in name order: without these, every page of 100,000 organisations
-- sorts the whole table. Children of one parent use organisations_parent_idx instead.
create index organisations_name_en_idx on organisations (name_en, id);
create index organisations_name_th_idx on organisations (name_th, id);
`,
  },
  {
    id: '0202_organisation_counts',
    sql: `
-- The lazy tree shows each unit's number of children, and every list shows a total. Counting on
-- read costs a scan per request at 100,000 units (a ministry may hold thousands of children), so
-- the counts are kept by statement-level triggers: one UPDATE per statement, not per row, so a
-- bulk load stays cheap.
alter table organisations add column child_count int not null default 0;
update organisations o set child_count = c.n
  from (select parent_id, count(*) as n from organisations where parent_id is not null group by parent_id) c
  where o.id = c.parent_id;

create table organisation_stats (
  singleton boolean primary key default true check (singleton),
  total bigint not null
);
insert into organisation_stats (total) select count(*) from organisations;

create function organisations_count_inserted() returns trigger language plpgsql as $$
begin
  update organisations p set child_count = p.child_count + c.n
    from (select parent_id, count(*) as n from inserted where parent_id is not null group by parent_id) c
    where p.id = c.parent_id;
  update organisation_stats set total = total + (select count(*) from inserted);
  return null;
end $$;
create function organisations_count_deleted() returns trigger language plpgsql as $$
begin
  update organisations p set child_count = p.child_count - c.n
    from (select parent_id, count(*) as n from deleted where parent_id is not null group by parent_id) c
    where p.id = c.parent_id;
  update organisation_stats set total = total - (select count(*) from deleted);
  return null;
end $$;
create function organisations_count_moved() returns trigger language plpgsql as $$
begin
  -- the count updates below are themselves UPDATEs of organisations: do not recount them
  if pg_trigger_depth() > 1 then
    return null;
  end if;
  update organisations p set child_count = p.child_count + c.delta
    from (
      select parent_id, sum(delta) as delta from (
        select n.parent_id, 1 as delta from inserted n join deleted o on o.id = n.id where n.parent_id is distinct from o.parent_id
        union all
        select o.parent_id, -1 from inserted n join deleted o on o.id = n.id where n.parent_id is distinct from o.parent_id
      ) moves where parent_id is not null group by parent_id
    ) c
    where p.id = c.parent_id;
  return null;
end $$;
create trigger organisations_counts_insert after insert on organisations
  referencing new table as inserted for each statement execute function organisations_count_inserted();
create trigger organisations_counts_delete after delete on organisations
  referencing old table as deleted for each statement execute function organisations_count_deleted();
create trigger organisations_counts_move after update on organisations
  referencing new table as inserted old table as deleted for each statement execute function organisations_count_moved();
`,
  },
];
