import type { Migration } from '../db/migrate.js';

/**
 * Removing downward edges walks only what loses a hub, not everything below the edges. The graph is
 * acyclic, so an element loses a hub exactly when every element directly above it (its parent, the
 * targets of its linkages) that the hub reaches loses it too. Starting from the lower ends of the
 * removed edges, each round examines the elements directly below those lost in the previous round
 * and marks lost the ones with no element above them still reaching the hub (outside the lost set).
 * An element whose last such neighbour is lost in a later round is examined again then, so the set
 * ends exact; the walk stops where elements keep the hub, usually at once.
 *
 * 1020_alignment_closure's version first collected every element below the removed edges as a
 * candidate (~5,000 for a province strategy's linkage to a National Strategy strategy) and then
 * proved most of them kept: ~0.4–1.1 s per linkage delete on the bench at national scale.
 */
export const alignmentRemovalMigration: Migration = {
  id: '1023_alignment_removal_frontier',
  sql: `
create or replace function plan_alignment_reach_remove(ups uuid[], downs uuid[]) returns void language plpgsql as $$
declare
  step int := 0;
begin
  create temp table if not exists plan_alignment_lost (hub_id uuid not null, id uuid not null, depth int not null, primary key (hub_id, id)) on commit drop;
  delete from plan_alignment_lost;
  -- the lower ends of the removed edges, for each hub reaching the upper end (which reached them too)
  insert into plan_alignment_lost (hub_id, id, depth)
  select distinct r.hub_id, e.down, 0 from unnest(ups, downs) as e(up, down) join plan_alignment_reach r on r.element_id = e.up
  where exists (select 1 from plan_alignment_reach x where x.element_id = e.down and x.hub_id = r.hub_id)
    and not exists (
      select 1 from (
        select p.parent_id as up from plan_elements p where p.id = e.down and p.parent_id is not null
        union all
        select l.target_element_id from plan_linkages l where l.source_element_id = e.down
      ) u join plan_alignment_reach x on x.element_id = u.up and x.hub_id = r.hub_id);
  if not found then return; end if;
  loop
    insert into plan_alignment_lost (hub_id, id, depth)
    select distinct f.hub_id, d.id, step + 1
    from plan_alignment_lost f cross join lateral (
      select c.id from plan_elements c where c.parent_id = f.id
      union all
      select l.source_element_id from plan_linkages l where l.target_element_id = f.id
    ) d
    where f.depth = step
      and not exists (select 1 from plan_alignment_lost y where y.hub_id = f.hub_id and y.id = d.id)
      and exists (select 1 from plan_alignment_reach x where x.element_id = d.id and x.hub_id = f.hub_id)
      and not exists (
        select 1 from (
          select p.parent_id as up from plan_elements p where p.id = d.id and p.parent_id is not null
          union all
          select l.target_element_id from plan_linkages l where l.source_element_id = d.id
        ) u join plan_alignment_reach x on x.element_id = u.up and x.hub_id = f.hub_id
        where not exists (select 1 from plan_alignment_lost y where y.hub_id = f.hub_id and y.id = u.up))
    on conflict do nothing;
    exit when not found;
    step := step + 1;
  end loop;
  delete from plan_alignment_reach r using plan_alignment_lost l where r.element_id = l.id and r.hub_id = l.hub_id;
end $$;
`,
};
