import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { readablePlanSql } from '../plans.queries.js';
import type { AlignmentOptions } from './alignment.js';

/**
 * Elements of plans at this rank or above (the National Strategy, ASEAN work plans) are hubs: their
 * alignment is read from the state the 1020/1021 migrations keep exact on every write, instead of
 * walking ~97 % of the graph per request. Must equal plan_alignment_hub_rank() in SQL.
 */
export const ALIGNMENT_HUB_RANK = 100;

const UP = (from: ReturnType<typeof sql>) => sql`
  select e.parent_id as up from plan_elements e where e.id = ${from} and e.parent_id is not null
  union all
  select l.target_element_id from plan_linkages l where l.source_element_id = ${from}`;

/**
 * The alignment of a hub as one JSON row of the same shape as alignmentQuery's. Readability stays
 * per request and exact: counts are kept per (hub, plan, kind), so filtering readable plans is a
 * join over at most one row per plan and kind. Coverage: an element is served when a project below
 * it is readable; what no public project serves is kept in plan_alignment_unserved (small), and
 * projects of private plans this reader may see (usually few drafts) are walked up per request.
 */
export function hubAlignmentQuery(actor: Actor | null, elementId: string, levelRank: number, query: AlignmentOptions) {
  const coverage = query.coverage !== false;
  const orphans = query.orphans !== false;
  const hub = sql`${elementId}::uuid`;
  const kindOfCount = query.kind ? sql`and kind = ${query.kind}` : sql``;
  const kindOfReach = query.kind ? sql`and r.kind = ${query.kind}` : sql``;
  return sql<{ data: Record<string, unknown> }>`
    with recursive
    cnt as materialized (
      select k.plan_id, k.kind, k.n, p.owner_organisation_id as org_id, p.level_code, p.level_rank, p.status
      from plan_alignment_counts k join plans p on p.id = k.plan_id join organisations o on o.id = p.owner_organisation_id
      where k.hub_id = ${hub} and ${readablePlanSql(actor)}
    ),
    readable_plans as materialized (select distinct plan_id from cnt),
    -- contributing plans this reader may not see: usually none, so the page filter below is an
    -- anti-join against an empty set (a semi-join against every readable plan was scanned per row)
    hidden_plans as materialized (
      select distinct k.plan_id from plan_alignment_counts k where k.hub_id = ${hub}
      except select plan_id from readable_plans
    ),
    -- units (the hub and readable strategies and tactics it reaches) that no public project serves:
    -- few, drawn from the kept unserved set; a readable private project may still serve them
    unserved_units as materialized (
      select u.element_id as id, u.kind from plan_alignment_unserved u
      where u.kind in ('strategy','tactic') and ${coverage}
        and (u.element_id = ${hub} or exists (select 1 from plan_alignment_reach r
             where r.element_id = u.element_id and r.hub_id = ${hub} and r.plan_id in (select plan_id from readable_plans)))
    ),
    served_private(id) as (
      select e.id from cnt join plan_elements e on e.plan_id = cnt.plan_id and e.kind = 'project'
      where cnt.kind = 'project' and not plan_status_is_public(cnt.status) and ${coverage} and e.id <> ${hub}
        and exists (select 1 from plan_alignment_reach r where r.element_id = e.id and r.hub_id = ${hub})
      union
      select x.up from served_private s join lateral (${UP(sql`s.id`)}) x on true
    ),
    gaps as materialized (select id, kind from unserved_units u where not exists (select 1 from served_private s where s.id = u.id)),
    strategies as (
      select coalesce(sum(n), 0) + (select count(*) from plan_elements e where e.id = ${hub} and e.kind = 'strategy') as n
      from cnt where kind = 'strategy'
    ),
    scope_plans as (select distinct plan_id from cnt where level_rank < ${levelRank} and ${orphans}),
    orphan as (select o.plan_id, o.element_id as id from plan_alignment_orphans o where o.plan_id in (select plan_id from scope_plans))
    select json_build_object(
      'total', (select coalesce(sum(n), 0) from cnt),
      'byKind', (select coalesce(json_agg(json_build_object('kind', kind, 'count', n) order by kind), '[]') from (select kind, sum(n) as n from cnt group by kind) k),
      'byLevel', (select coalesce(json_agg(json_build_object('levelCode', level_code, 'levelRank', level_rank, 'count', n) order by level_rank desc), '[]')
                  from (select level_code, level_rank, sum(n) as n from cnt group by level_code, level_rank) l),
      'byOrganisation', (select coalesce(json_agg(json_build_object('organisationId', g.org_id, 'nameTh', o.name_th, 'nameEn', o.name_en, 'count', g.n) order by g.n desc, o.name_en), '[]')
                  from (select org_id, sum(n) as n from cnt group by org_id) g join organisations o on o.id = g.org_id),
      'strategies', (select n from strategies),
      'covered', (select n from strategies) - (select count(*) from gaps where kind = 'strategy'),
      'gapIds', (select coalesce(json_agg(id), '[]') from gaps),
      'orphanTotal', (select count(*) from orphan),
      'orphanIds', (select coalesce(json_agg(id), '[]') from (select id from orphan order by plan_id, id limit 50) o),
      'pageIds', (select coalesce(json_agg(element_id), '[]') from (
                  select r.element_id from plan_alignment_reach r
                  where r.hub_id = ${hub} and r.element_id <> ${hub} ${kindOfReach} and not exists (select 1 from hidden_plans h where h.plan_id = r.plan_id)
                  order by r.level_rank desc, r.element_id limit ${query.limit} offset ${query.offset}) pg),
      'pageTotal', (select coalesce(sum(n), 0) from cnt where true ${kindOfCount})
    ) as data`;
}
