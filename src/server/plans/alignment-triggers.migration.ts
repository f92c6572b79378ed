import type { Migration } from '../db/migrate.js';

/**
 * The triggers that keep the alignment state of 1020_alignment_closure exact on every write, then
 * the backfill of existing data. Statement-level with transition tables, so a bulk insert of a
 * plan revision or a benchmark forest is one set-based step, not one walk per row.
 */
export const alignmentTriggersMigration: Migration = {
  id: '1021_alignment_triggers',
  sql: `
create function plan_alignment_counts_add() returns trigger language plpgsql as $$
begin
  insert into plan_alignment_counts (hub_id, plan_id, kind, n)
  select hub_id, plan_id, kind, count(*) from new_rows where hub_id <> element_id group by hub_id, plan_id, kind
  on conflict (hub_id, plan_id, kind) do update set n = plan_alignment_counts.n + excluded.n;
  return null;
end $$;
create trigger plan_alignment_counts_add after insert on plan_alignment_reach
  referencing new table as new_rows for each statement execute function plan_alignment_counts_add();

create function plan_alignment_counts_remove() returns trigger language plpgsql as $$
begin
  update plan_alignment_counts k set n = k.n - g.n
  from (select hub_id, plan_id, kind, count(*) as n from old_rows where hub_id <> element_id group by hub_id, plan_id, kind) g
  where k.hub_id = g.hub_id and k.plan_id = g.plan_id and k.kind = g.kind;
  delete from plan_alignment_counts where n = 0 and hub_id in (select hub_id from old_rows);
  return null;
end $$;
create trigger plan_alignment_counts_remove after delete on plan_alignment_reach
  referencing old table as old_rows for each statement execute function plan_alignment_counts_remove();

create function plan_alignment_elements_inserted() returns trigger language plpgsql as $$
begin
  -- a hub reaches itself
  insert into plan_alignment_reach (element_id, hub_id, plan_id, kind, level_rank)
  select n.id, n.id, n.plan_id, n.kind, p.level_rank from new_rows n join plans p on p.id = n.plan_id
  where p.level_rank >= plan_alignment_hub_rank();
  perform plan_alignment_reach_add(array(select parent_id from new_rows where parent_id is not null order by id),
                                   array(select id from new_rows where parent_id is not null order by id));
  -- new elements serve nothing until a public project is at or below them
  insert into plan_alignment_unserved (element_id, kind) select id, kind from new_rows;
  perform plan_alignment_served_up(array(
    select n.id from new_rows n join plans p on p.id = n.plan_id where n.kind = 'project' and plan_status_is_public(p.status)));
  perform plan_alignment_orphans_recompute(array(select id from new_rows where kind = 'project'));
  return null;
end $$;
create trigger plan_alignment_elements_inserted after insert on plan_elements
  referencing new table as new_rows for each statement execute function plan_alignment_elements_inserted();

-- Nothing links into a deleted element (the target foreign key has no cascade) and its children go
-- with it, so what is below it is deleted too: its rows go, and its parent is re-checked.
create function plan_alignment_elements_deleted() returns trigger language plpgsql as $$
begin
  delete from plan_alignment_reach r using old_rows o where r.element_id = o.id;
  delete from plan_alignment_reach r using old_rows o where r.hub_id = o.id;
  delete from plan_alignment_unserved s using old_rows o where s.element_id = o.id;
  delete from plan_alignment_orphans x using old_rows o where x.element_id = o.id;
  perform plan_alignment_served_recheck(array(select distinct parent_id from old_rows where parent_id is not null));
  return null;
end $$;
create trigger plan_alignment_elements_deleted after delete on plan_elements
  referencing old table as old_rows for each statement execute function plan_alignment_elements_deleted();

-- A move is an edge removed and an edge added; other updates change nothing here.
create function plan_alignment_elements_updated() returns trigger language plpgsql as $$
declare
  moved uuid[];
begin
  if exists (select 1 from old_rows o join new_rows n on n.id = o.id where n.kind <> o.kind or n.plan_id <> o.plan_id) then
    raise exception 'plan element kind and plan never change (alignment state depends on them)';
  end if;
  select array_agg(n.id) into moved from old_rows o join new_rows n on n.id = o.id where n.parent_id is distinct from o.parent_id;
  if moved is null then return null; end if;
  perform plan_alignment_reach_remove(
    array(select o.parent_id from old_rows o where o.id = any(moved) and o.parent_id is not null order by o.id),
    array(select o.id from old_rows o where o.id = any(moved) and o.parent_id is not null order by o.id));
  perform plan_alignment_reach_add(
    array(select n.parent_id from new_rows n where n.id = any(moved) and n.parent_id is not null order by n.id),
    array(select n.id from new_rows n where n.id = any(moved) and n.parent_id is not null order by n.id));
  perform plan_alignment_served_up(array(
    select n.parent_id from new_rows n where n.id = any(moved) and n.parent_id is not null
    and not exists (select 1 from plan_alignment_unserved u where u.element_id = n.id)));
  perform plan_alignment_served_recheck(array(select o.parent_id from old_rows o where o.id = any(moved) and o.parent_id is not null));
  perform plan_alignment_orphans_recompute(moved);
  return null;
end $$;
create trigger plan_alignment_elements_updated after update on plan_elements
  referencing old table as old_rows new table as new_rows for each statement execute function plan_alignment_elements_updated();

create function plan_alignment_linkages_inserted() returns trigger language plpgsql as $$
begin
  perform plan_alignment_reach_add(array(select target_element_id from new_rows order by id), array(select source_element_id from new_rows order by id));
  perform plan_alignment_served_up(array(
    select n.target_element_id from new_rows n where not exists (select 1 from plan_alignment_unserved u where u.element_id = n.source_element_id)));
  -- orphans only end here: delete those in the sources' subtrees
  perform plan_alignment_orphans_recompute(array(select distinct n.source_element_id from new_rows n
    where exists (select 1 from plan_alignment_orphans o where o.plan_id = n.source_plan_id)));
  return null;
end $$;
create trigger plan_alignment_linkages_inserted after insert on plan_linkages
  referencing new table as new_rows for each statement execute function plan_alignment_linkages_inserted();

create function plan_alignment_linkages_deleted() returns trigger language plpgsql as $$
begin
  perform plan_alignment_reach_remove(array(select target_element_id from old_rows order by id), array(select source_element_id from old_rows order by id));
  perform plan_alignment_served_recheck(array(select distinct target_element_id from old_rows));
  perform plan_alignment_orphans_recompute(array(select distinct source_element_id from old_rows));
  return null;
end $$;
create trigger plan_alignment_linkages_deleted after delete on plan_linkages
  referencing old table as old_rows for each statement execute function plan_alignment_linkages_deleted();

-- Re-pointing a linkage (an overlap merge moves the absorbed project's linkages): old edge out, new edge in.
create function plan_alignment_linkages_updated() returns trigger language plpgsql as $$
declare
  o_src uuid[]; o_tgt uuid[]; n_src uuid[]; n_tgt uuid[];
begin
  select array_agg(o.source_element_id order by o.id), array_agg(o.target_element_id order by o.id),
         array_agg(n.source_element_id order by o.id), array_agg(n.target_element_id order by o.id)
  into o_src, o_tgt, n_src, n_tgt
  from old_rows o join new_rows n on n.id = o.id
  where n.source_element_id <> o.source_element_id or n.target_element_id <> o.target_element_id;
  if o_src is null then return null; end if;
  perform plan_alignment_reach_remove(o_tgt, o_src);
  perform plan_alignment_reach_add(n_tgt, n_src);
  perform plan_alignment_served_up(array(select t from unnest(n_tgt, n_src) as m(t, s) where not exists (select 1 from plan_alignment_unserved u where u.element_id = m.s)));
  perform plan_alignment_served_recheck(o_tgt);
  perform plan_alignment_orphans_recompute(o_src || n_src);
  return null;
end $$;
create trigger plan_alignment_linkages_updated after update on plan_linkages
  referencing old table as old_rows new table as new_rows for each statement execute function plan_alignment_linkages_updated();

-- A plan turning public or private changes which projects serve what above them.
create function plan_alignment_plans_updated() returns trigger language plpgsql as $$
begin
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
create trigger plan_alignment_plans_updated after update on plans
  referencing old table as old_rows new table as new_rows for each statement execute function plan_alignment_plans_updated();

select plan_alignment_rebuild();
`,
};
