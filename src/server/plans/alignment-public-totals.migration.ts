import type { Migration } from '../db/migrate.js';

/**
 * Totals of a hub's PUBLIC contributors by kind, by level and by owner organisation, kept exact by
 * the same triggers as plan_alignment_counts. Public plans are readable by everyone, so a request
 * reads these few rows (and the top of the organisation ranking through its index) and adds only
 * the counts of the non-public plans this reader may see, instead of joining ~20,000 count rows to
 * plans and organisations and aggregating them on every request.
 *
 * Invariant: each table equals plan_alignment_counts joined to the CURRENT plans row, summed where
 * the plan is public. So a change of counts is applied with the plan's current status, owner and
 * level; a change of a plan's status, owner or level re-bases that plan's counts (before anything
 * else the plans trigger does, so the counts it re-bases are those the old attributes were applied
 * to); and a plan about to be deleted takes its counts out first (the cascaded deletes that remove
 * its counts later no longer find the plan row, so they subtract nothing).
 */
export const alignmentPublicTotalsMigration: Migration = {
  id: '1022_alignment_public_totals',
  sql: `
create table plan_alignment_public_kinds (hub_id uuid not null, kind text not null, n int not null, primary key (hub_id, kind));
create table plan_alignment_public_levels (
  hub_id uuid not null, level_code text not null, level_rank int not null, n int not null,
  primary key (hub_id, level_code, level_rank)
);
create table plan_alignment_public_orgs (hub_id uuid not null, organisation_id uuid not null, n int not null, primary key (hub_id, organisation_id));
-- the ranking a page of byOrganisation reads (largest first, ties by id so pages never overlap)
create index plan_alignment_public_orgs_rank_idx on plan_alignment_public_orgs (hub_id, n desc, organisation_id);
-- re-basing a plan whose status, owner or level changes reads its counts by plan
create index plan_alignment_counts_plan_idx on plan_alignment_counts (plan_id);
-- the non-public plans (few: drafts and plans under review) a request adds to the public totals
create index plans_private_idx on plans (id) where status in ('draft', 'submitted', 'returned');

-- Adds signed counts (one entry per hub, kind, level, owner) to the three tables; rows reaching
-- zero go, so a hub's tables hold only what contributes to it.
create function plan_alignment_public_add(hubs uuid[], kinds text[], level_codes text[], level_ranks int[], orgs uuid[], ns int[]) returns void language plpgsql as $$
begin
  if hubs is null or cardinality(hubs) = 0 then return; end if;
  create temp table if not exists plan_alignment_delta (hub_id uuid, kind text, level_code text, level_rank int, org_id uuid, n int) on commit drop;
  delete from plan_alignment_delta;
  insert into plan_alignment_delta select * from unnest(hubs, kinds, level_codes, level_ranks, orgs, ns);
  insert into plan_alignment_public_kinds (hub_id, kind, n)
  select hub_id, kind, sum(n) from plan_alignment_delta group by hub_id, kind
  on conflict (hub_id, kind) do update set n = plan_alignment_public_kinds.n + excluded.n;
  insert into plan_alignment_public_levels (hub_id, level_code, level_rank, n)
  select hub_id, level_code, level_rank, sum(n) from plan_alignment_delta group by hub_id, level_code, level_rank
  on conflict (hub_id, level_code, level_rank) do update set n = plan_alignment_public_levels.n + excluded.n;
  insert into plan_alignment_public_orgs (hub_id, organisation_id, n)
  select hub_id, org_id, sum(n) from plan_alignment_delta group by hub_id, org_id
  on conflict (hub_id, organisation_id) do update set n = plan_alignment_public_orgs.n + excluded.n;
  delete from plan_alignment_public_kinds t using plan_alignment_delta d where t.n = 0 and t.hub_id = d.hub_id and t.kind = d.kind;
  delete from plan_alignment_public_levels t using plan_alignment_delta d
    where t.n = 0 and t.hub_id = d.hub_id and t.level_code = d.level_code and t.level_rank = d.level_rank;
  delete from plan_alignment_public_orgs t using plan_alignment_delta d where t.n = 0 and t.hub_id = d.hub_id and t.organisation_id = d.org_id;
end $$;

-- Counts grouped per (hub, plan, kind), signed, applied with the plans' current attributes.
create function plan_alignment_public_apply_counts(hubs uuid[], plan_ids uuid[], kinds text[], ns int[]) returns void language plpgsql as $$
declare
  v_hub uuid[]; v_kind text[]; v_code text[]; v_rank int[]; v_org uuid[]; v_n int[];
begin
  select array_agg(d.hub_id), array_agg(d.kind), array_agg(p.level_code), array_agg(p.level_rank), array_agg(p.owner_organisation_id), array_agg(d.n)
  into v_hub, v_kind, v_code, v_rank, v_org, v_n
  from unnest(hubs, plan_ids, kinds, ns) as d(hub_id, plan_id, kind, n) join plans p on p.id = d.plan_id
  where plan_status_is_public(p.status);
  perform plan_alignment_public_add(v_hub, v_kind, v_code, v_rank, v_org, v_n);
end $$;

create or replace function plan_alignment_counts_add() returns trigger language plpgsql as $$
declare
  v_hub uuid[]; v_plan uuid[]; v_kind text[]; v_n int[];
begin
  select array_agg(hub_id), array_agg(plan_id), array_agg(kind), array_agg(c) into v_hub, v_plan, v_kind, v_n
  from (select hub_id, plan_id, kind, count(*)::int as c from new_rows where hub_id <> element_id group by hub_id, plan_id, kind) g;
  if v_hub is null then return null; end if;
  insert into plan_alignment_counts (hub_id, plan_id, kind, n)
  select * from unnest(v_hub, v_plan, v_kind, v_n)
  on conflict (hub_id, plan_id, kind) do update set n = plan_alignment_counts.n + excluded.n;
  perform plan_alignment_public_apply_counts(v_hub, v_plan, v_kind, v_n);
  return null;
end $$;

create or replace function plan_alignment_counts_remove() returns trigger language plpgsql as $$
declare
  v_hub uuid[]; v_plan uuid[]; v_kind text[]; v_n int[]; v_minus int[];
begin
  select array_agg(hub_id), array_agg(plan_id), array_agg(kind), array_agg(c), array_agg(-c) into v_hub, v_plan, v_kind, v_n, v_minus
  from (select hub_id, plan_id, kind, count(*)::int as c from old_rows where hub_id <> element_id group by hub_id, plan_id, kind) g;
  if v_hub is null then return null; end if;
  update plan_alignment_counts t set n = t.n - g.n
  from unnest(v_hub, v_plan, v_kind, v_n) as g(hub_id, plan_id, kind, n)
  where t.hub_id = g.hub_id and t.plan_id = g.plan_id and t.kind = g.kind;
  delete from plan_alignment_counts t using unnest(v_hub, v_plan, v_kind) as g(hub_id, plan_id, kind)
  where t.n = 0 and t.hub_id = g.hub_id and t.plan_id = g.plan_id and t.kind = g.kind;
  perform plan_alignment_public_apply_counts(v_hub, v_plan, v_kind, v_minus);
  return null;
end $$;

-- The plans trigger of 1021, with the re-basing of changed plans first.
create or replace function plan_alignment_plans_updated() returns trigger language plpgsql as $$
declare
  v_hub uuid[]; v_kind text[]; v_code text[]; v_rank int[]; v_org uuid[]; v_n int[];
begin
  with changed as (
    select o.id, o.status as old_status, o.owner_organisation_id as old_org, o.level_code as old_code, o.level_rank as old_rank,
           n.status as new_status, n.owner_organisation_id as new_org, n.level_code as new_code, n.level_rank as new_rank
    from old_rows o join new_rows n on n.id = o.id
    where plan_status_is_public(o.status) <> plan_status_is_public(n.status) or o.owner_organisation_id <> n.owner_organisation_id
       or o.level_code <> n.level_code or o.level_rank <> n.level_rank
  ),
  d as (
    select k.hub_id, k.kind, c.old_code as level_code, c.old_rank as level_rank, c.old_org as org_id, -k.n as n
    from changed c join plan_alignment_counts k on k.plan_id = c.id where plan_status_is_public(c.old_status)
    union all
    select k.hub_id, k.kind, c.new_code, c.new_rank, c.new_org, k.n
    from changed c join plan_alignment_counts k on k.plan_id = c.id where plan_status_is_public(c.new_status)
  )
  select array_agg(hub_id), array_agg(kind), array_agg(level_code), array_agg(level_rank), array_agg(org_id), array_agg(n)
  into v_hub, v_kind, v_code, v_rank, v_org, v_n from d;
  perform plan_alignment_public_add(v_hub, v_kind, v_code, v_rank, v_org, v_n);

  if exists (select 1 from old_rows o join new_rows n on n.id = o.id where n.level_rank <> o.level_rank) then
    -- a re-ranked plan (rare: levels are reference data): its rows carry the new rank, its elements
    -- stop or start being hubs
    update plan_alignment_reach r set level_rank = n.level_rank
    from old_rows o join new_rows n on n.id = o.id where n.level_rank <> o.level_rank and r.plan_id = n.id;
    delete from plan_alignment_reach r using old_rows o join new_rows n on n.id = o.id join plan_elements e on e.plan_id = n.id
    where n.level_rank < plan_alignment_hub_rank() and o.level_rank >= plan_alignment_hub_rank() and r.hub_id = e.id;
    perform plan_alignment_hubs_add(array(
      select e.id from old_rows o join new_rows n on n.id = o.id join plan_elements e on e.plan_id = n.id
      where n.level_rank >= plan_alignment_hub_rank() and o.level_rank < plan_alignment_hub_rank()));
  end if;
  perform plan_alignment_served_up(array(
    select e.id from old_rows o join new_rows n on n.id = o.id join plan_elements e on e.plan_id = n.id
    where e.kind = 'project' and plan_status_is_public(n.status) and not plan_status_is_public(o.status)));
  perform plan_alignment_served_recheck(array(
    select e.id from old_rows o join new_rows n on n.id = o.id join plan_elements e on e.plan_id = n.id
    where e.kind = 'project' and not plan_status_is_public(n.status) and plan_status_is_public(o.status)));
  return null;
end $$;

-- A plan about to be deleted takes its public counts out while its row is still there.
create function plan_alignment_plan_deleting() returns trigger language plpgsql as $$
declare
  v_hub uuid[]; v_kind text[]; v_code text[]; v_rank int[]; v_org uuid[]; v_n int[];
begin
  if plan_status_is_public(old.status) then
    select array_agg(c.hub_id), array_agg(c.kind), array_agg(old.level_code), array_agg(old.level_rank), array_agg(old.owner_organisation_id), array_agg(-c.n)
    into v_hub, v_kind, v_code, v_rank, v_org, v_n from plan_alignment_counts c where c.plan_id = old.id;
    perform plan_alignment_public_add(v_hub, v_kind, v_code, v_rank, v_org, v_n);
  end if;
  return old;
end $$;
create trigger plan_alignment_plan_deleting before delete on plans for each row execute function plan_alignment_plan_deleting();

create or replace function plan_alignment_rebuild() returns void language plpgsql as $$
begin
  truncate plan_alignment_reach, plan_alignment_counts, plan_alignment_unserved, plan_alignment_orphans,
    plan_alignment_public_kinds, plan_alignment_public_levels, plan_alignment_public_orgs;
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

-- backfill from the kept counts
insert into plan_alignment_public_kinds (hub_id, kind, n)
select k.hub_id, k.kind, sum(k.n) from plan_alignment_counts k join plans p on p.id = k.plan_id where plan_status_is_public(p.status) group by 1, 2;
insert into plan_alignment_public_levels (hub_id, level_code, level_rank, n)
select k.hub_id, p.level_code, p.level_rank, sum(k.n) from plan_alignment_counts k join plans p on p.id = k.plan_id where plan_status_is_public(p.status) group by 1, 2, 3;
insert into plan_alignment_public_orgs (hub_id, organisation_id, n)
select k.hub_id, p.owner_organisation_id, sum(k.n) from plan_alignment_counts k join plans p on p.id = k.plan_id where plan_status_is_public(p.status) group by 1, 2;
`,
};
