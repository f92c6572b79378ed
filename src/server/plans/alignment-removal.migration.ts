import type { Migration } from '../db/migrate.js';

/**
 * A cheaper removal of one downward edge (deleting one linkage, moving one element), which is what
 * the services do. The graph is acyclic, so an element above "down" (its parent or a linkage target
 * of it) cannot have reached a hub through the removed edge: when one of them still reaches the hub,
 * "down" keeps the hub and so does everything below it, and no candidate below needs to be walked.
 * The shortcut is not taken for several edges at once, where such an element may itself lie below
 * another removed edge; that case keeps the walk of 1020_alignment_closure. Deleting a province
 * strategy's linkage to a National Strategy strategy walked ~5,000 candidates (~0.5 s on the bench)
 * when some other path from the hub reached the strategy, as it usually does.
 */
export const alignmentRemovalMigration: Migration = {
  id: '1023_alignment_single_edge_removal',
  sql: `
create or replace function plan_alignment_reach_remove(ups uuid[], downs uuid[]) returns void language plpgsql as $$
declare
  single boolean := cardinality(ups) = 1;
begin
  create temp table if not exists plan_alignment_cand (hub_id uuid not null, id uuid not null, kept boolean not null default false, primary key (hub_id, id)) on commit drop;
  delete from plan_alignment_cand;
  insert into plan_alignment_cand (hub_id, id)
  with recursive e(up, down) as (select * from unnest(ups, downs)),
  cand(hub_id, id) as (
    select r.hub_id, e.down from e join plan_alignment_reach r on r.element_id = e.up
    where not (single and exists (
      select 1 from (
        select p.parent_id as up from plan_elements p where p.id = e.down and p.parent_id is not null
        union all
        select l.target_element_id from plan_linkages l where l.source_element_id = e.down
      ) u join plan_alignment_reach x on x.element_id = u.up and x.hub_id = r.hub_id))
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
`,
};
