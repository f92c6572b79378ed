import type { Migration } from '../db/migrate.js';

/**
 * Maintained alignment state, so the alignment of a national-level element is read, not walked
 * (a National Strategy strategy reaches ~97 % of all elements; an exact walk at request time reads
 * ~1M linkages). Kept exact by statement-level triggers on plan_elements, plan_linkages and plans,
 * in the same transaction as every write, whichever code path makes it (services, overlap
 * resolutions, seeds, bulk loads). `plan_alignment_rebuild()` recomputes everything from scratch;
 * the property tests check the maintained state equals it after random sequences of writes.
 *
 * - plan_alignment_reach: for each hub (an element of a plan at rank ≥ plan_alignment_hub_rank(),
 *   i.e. the National Strategy and above), every element that contributes to it (down the tree
 *   and down incoming linkages), the hub itself included. Invariant: closed downward.
 * - plan_alignment_counts: reach rows (hub excluded) counted per hub, plan and kind, so counts by
 *   kind, level and owner can be filtered by plan readability per request without touching rows.
 * - plan_alignment_unserved: elements with no project of a public plan at or below them (kept as
 *   the complement because it is small, and the gaps of an alignment are drawn from it).
 * - plan_alignment_orphans: projects with no linkage out from themselves or any tree ancestor.
 *
 * An element's kind and plan never change after insert (the services never update them); the
 * triggers refuse such an update rather than drift. A plan's level_rank may change (levels can be
 * re-ranked): its reach rows follow, and its elements become or stop being hubs.
 */
export const alignmentClosureMigration: Migration = {
  id: '1020_alignment_closure',
  sql: `
create function plan_alignment_hub_rank() returns int language sql immutable as $$ select 100 $$;
-- must match PUBLIC_STATUSES in plans.tables.ts
create function plan_status_is_public(status text) returns boolean language sql immutable as $$ select status in ('approved','active','closed') $$;

create table plan_alignment_reach (
  element_id uuid not null,
  hub_id uuid not null,
  plan_id uuid not null,
  kind text not null,
  level_rank int not null,
  primary key (element_id, hub_id)
);
-- the contributor page (level, then id) with and without a kind filter; units by kind
create index plan_alignment_reach_page_idx on plan_alignment_reach (hub_id, level_rank desc, element_id) include (plan_id, kind);
create index plan_alignment_reach_kind_idx on plan_alignment_reach (hub_id, kind, level_rank desc, element_id) include (plan_id);

create table plan_alignment_counts (
  hub_id uuid not null,
  plan_id uuid not null,
  kind text not null,
  n int not null,
  primary key (hub_id, plan_id, kind)
);
create table plan_alignment_unserved (element_id uuid primary key, kind text not null);
create index plan_alignment_unserved_kind_idx on plan_alignment_unserved (kind, element_id);
create table plan_alignment_orphans (element_id uuid primary key, plan_id uuid not null);
create index plan_alignment_orphans_plan_idx on plan_alignment_orphans (plan_id, element_id);

-- New downward edges (up → down: parent → child, or linkage target → source): every hub that
-- reaches "up" now reaches everything below "down". The walk stops at elements the hub already
-- reaches, because reach is closed downward (new edges below them are seeds of their own).
create function plan_alignment_reach_add(ups uuid[], downs uuid[]) returns void language sql as $$
  insert into plan_alignment_reach (element_id, hub_id, plan_id, kind, level_rank)
  with recursive e(up, down) as (select * from unnest(ups, downs)),
  walk(hub_id, id) as (
    select r.hub_id, e.down from e join plan_alignment_reach r on r.element_id = e.up
    where not exists (select 1 from plan_alignment_reach x where x.element_id = e.down and x.hub_id = r.hub_id)
    union
    select w.hub_id, d.id from walk w cross join lateral (
      select c.id from plan_elements c where c.parent_id = w.id
      union all
      select l.source_element_id from plan_linkages l where l.target_element_id = w.id
    ) d
    where not exists (select 1 from plan_alignment_reach x where x.element_id = d.id and x.hub_id = w.hub_id)
  )
  select w.id, w.hub_id, el.plan_id, el.kind, p.level_rank
  from walk w join plan_elements el on el.id = w.id join plans p on p.id = el.plan_id
  on conflict do nothing
$$;

-- Removed downward edges (already gone from the graph). Only elements below a removed edge's
-- "down" can lose a hub: those candidates keep it when some other edge enters them from an element
-- the hub still reaches (outside the candidates), or from a candidate that keeps it. The candidates
-- go into an indexed temporary table: the membership tests against a CTE were quadratic.
create function plan_alignment_reach_remove(ups uuid[], downs uuid[]) returns void language plpgsql as $$
begin
  create temp table if not exists plan_alignment_cand (hub_id uuid not null, id uuid not null, kept boolean not null default false, primary key (hub_id, id)) on commit drop;
  delete from plan_alignment_cand;
  insert into plan_alignment_cand (hub_id, id)
  with recursive e(up, down) as (select * from unnest(ups, downs)),
  cand(hub_id, id) as (
    select r.hub_id, e.down from e join plan_alignment_reach r on r.element_id = e.up
    union
    select c.hub_id, d.id from cand c cross join lateral (
      select ch.id from plan_elements ch where ch.parent_id = c.id
      union all
      select l.source_element_id from plan_linkages l where l.target_element_id = c.id
    ) d
  )
  select hub_id, id from cand;
  if not found then return; end if;
  analyze plan_alignment_cand;
  -- entries: another edge in from an element the hub still reaches
  update plan_alignment_cand c set kept = true where exists (
    select 1 from (
      select p.parent_id as up from plan_elements p where p.id = c.id and p.parent_id is not null
      union all
      select l.target_element_id from plan_linkages l where l.source_element_id = c.id
    ) u join plan_alignment_reach r on r.element_id = u.up and r.hub_id = c.hub_id
    where not exists (select 1 from plan_alignment_cand c2 where c2.hub_id = c.hub_id and c2.id = u.up));
  -- then down from them, within the candidates (a DAG: as many rounds as it is deep)
  loop
    update plan_alignment_cand c set kept = true where not c.kept and exists (
      select 1 from (
        select p.parent_id as up from plan_elements p where p.id = c.id and p.parent_id is not null
        union all
        select l.target_element_id from plan_linkages l where l.source_element_id = c.id
      ) u join plan_alignment_cand k on k.hub_id = c.hub_id and k.id = u.up and k.kept);
    exit when not found;
  end loop;
  delete from plan_alignment_reach r using plan_alignment_cand c where not c.kept and r.element_id = c.id and r.hub_id = c.hub_id;
end $$;

-- These elements are served now: so is everything above them (tree parents, linkage targets).
-- Served is closed upward, so the walk stops at elements already served.
create function plan_alignment_served_up(ids uuid[]) returns void language sql as $$
  delete from plan_alignment_unserved u using (
    with recursive s(id) as (
      select x.element_id from plan_alignment_unserved x where x.element_id = any(ids)
      union
      select x.up from s cross join lateral (
      select e.parent_id as up from plan_elements e where e.id = s.id and e.parent_id is not null
      union all
      select l.target_element_id from plan_linkages l where l.source_element_id = s.id
      ) x
      where exists (select 1 from plan_alignment_unserved v where v.element_id = x.up)
    )
    select id from s
  ) s
  where u.element_id = s.id
$$;

-- These elements may have lost what served them: re-evaluate each (a public project itself, or a
-- served child or linkage source); those that lose it pass the question to what is above them.
-- The graph is acyclic, so this ends; each element is unset at most once.
create function plan_alignment_served_recheck(ids uuid[]) returns void language plpgsql as $$
declare
  frontier uuid[] := ids;
begin
  while frontier is not null and cardinality(frontier) > 0 loop
    with gone as (
      insert into plan_alignment_unserved (element_id, kind)
      select e.id, e.kind from plan_elements e join plans p on p.id = e.plan_id
      where e.id = any(frontier)
        and not exists (select 1 from plan_alignment_unserved u where u.element_id = e.id)
        and not (e.kind = 'project' and plan_status_is_public(p.status))
        and not exists (select 1 from plan_elements c where c.parent_id = e.id
                        and not exists (select 1 from plan_alignment_unserved u where u.element_id = c.id))
        and not exists (select 1 from plan_linkages l where l.target_element_id = e.id
                        and not exists (select 1 from plan_alignment_unserved u where u.element_id = l.source_element_id))
      on conflict do nothing
      returning element_id
    )
    select array_agg(distinct x.up) into frontier from gone g cross join lateral (
      select e.parent_id as up from plan_elements e where e.id = g.element_id and e.parent_id is not null
      union all
      select l.target_element_id from plan_linkages l where l.source_element_id = g.element_id
    ) x;
  end loop;
end $$;

-- Orphan status of the projects in the tree subtrees of these elements: a project is an orphan when
-- neither it nor a tree ancestor has a linkage out.
create function plan_alignment_orphans_recompute(roots uuid[]) returns void language sql as $$
  with recursive up(root, id) as (
    select e.id, e.parent_id from plan_elements e where e.id = any(roots) and e.parent_id is not null
    union all
    select up.root, e.parent_id from up join plan_elements e on e.id = up.id where e.parent_id is not null
  ),
  walk(id, kind, plan_id, linked) as (
    select e.id, e.kind, e.plan_id,
      exists (select 1 from plan_linkages l where l.source_element_id = e.id)
      or exists (select 1 from up join plan_linkages l on l.source_element_id = up.id where up.root = e.id)
    from plan_elements e where e.id = any(roots)
    union all
    select c.id, c.kind, c.plan_id, w.linked or exists (select 1 from plan_linkages l where l.source_element_id = c.id)
    from walk w join plan_elements c on c.parent_id = w.id
  ),
  gone as (delete from plan_alignment_orphans o using walk w where o.element_id = w.id and (w.linked or w.kind <> 'project') returning 1)
  insert into plan_alignment_orphans (element_id, plan_id)
  select distinct id, plan_id from walk where kind = 'project' and not linked
  on conflict do nothing
$$;

-- New hubs (existing elements whose plan is now ranked as a hub, or everything on a rebuild):
-- each reaches itself and everything below it.
create function plan_alignment_hubs_add(hubs uuid[]) returns void language sql as $$
  insert into plan_alignment_reach (element_id, hub_id, plan_id, kind, level_rank)
  with recursive walk(hub_id, id) as (
    select e.id, e.id from plan_elements e where e.id = any(hubs)
    union
    select w.hub_id, d.id from walk w cross join lateral (
      select c.id from plan_elements c where c.parent_id = w.id
      union all
      select l.source_element_id from plan_linkages l where l.target_element_id = w.id
    ) d
  )
  select w.id, w.hub_id, el.plan_id, el.kind, p.level_rank
  from walk w join plan_elements el on el.id = w.id join plans p on p.id = el.plan_id
  on conflict do nothing
$$;

-- Everything from scratch: the migration's backfill, and the reference the tests compare with.
create function plan_alignment_rebuild() returns void language plpgsql as $$
begin
  truncate plan_alignment_reach, plan_alignment_counts, plan_alignment_unserved, plan_alignment_orphans;
  perform plan_alignment_hubs_add(array(
    select e.id from plan_elements e join plans p on p.id = e.plan_id where p.level_rank >= plan_alignment_hub_rank()));
  insert into plan_alignment_unserved (element_id, kind)
  with recursive served(id) as (
    select e.id from plan_elements e join plans p on p.id = e.plan_id where e.kind = 'project' and plan_status_is_public(p.status)
    union
    select x.up from served s cross join lateral (
      select e.parent_id as up from plan_elements e where e.id = s.id and e.parent_id is not null
      union all
      select l.target_element_id from plan_linkages l where l.source_element_id = s.id
    ) x
  )
  select e.id, e.kind from plan_elements e where not exists (select 1 from served s where s.id = e.id);
  perform plan_alignment_orphans_recompute(array(select id from plan_elements where parent_id is null));
end $$;
`,
};
