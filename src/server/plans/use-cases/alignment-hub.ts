import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { readablePlanSql } from '../plans.queries.js';
import type { AlignmentOptions } from './alignment.js';
import { parseContributorCursor } from './contributor-cursor.js';

/**
 * Elements of plans at this rank or above (the National Strategy, ASEAN work plans) are hubs: their
 * alignment is read from the state the 1020–1022 migrations keep exact on every write, instead of
 * walking ~97 % of the graph per request. Must equal plan_alignment_hub_rank() in SQL.
 */
export const ALIGNMENT_HUB_RANK = 100;

/** byOrganisation in an alignment holds the largest contributors; the rest are paged separately. */
export const TOP_ORGANISATIONS = 50;

/**
 * The statuses that are not public, written out as plans_private_idx's predicate is (so the
 * planner can use that partial index); a test checks they are PLAN_STATUSES less PUBLIC_STATUSES.
 */
export const PRIVATE_STATUSES = ['draft', 'submitted', 'returned'] as const;
const PRIVATE_STATUS_LIST = sql.raw(`(${PRIVATE_STATUSES.map((s) => `'${s}'`).join(', ')})`);

const UP = (from: RawBuilder<unknown>) => sql`
  select e.parent_id as up from plan_elements e where e.id = ${from} and e.parent_id is not null
  union all
  select l.target_element_id from plan_linkages l where l.source_element_id = ${from}`;

/**
 * Readability per request, without touching the public majority: the non-public plans that
 * contribute to the hub (few: drafts and plans under review, found through plans_private_idx and
 * the counts' primary key), each marked readable or not for this reader, and the counts of the
 * readable ones, to be added to the kept public totals.
 */
const privateCtes = (actor: Actor | null, hub: RawBuilder<unknown>) => sql`
  private_plans as materialized (
    select p.id, p.owner_organisation_id as org_id, p.level_code, p.level_rank, ${readablePlanSql(actor)} as readable
    from plans p join organisations o on o.id = p.owner_organisation_id
    where p.status in ${PRIVATE_STATUS_LIST}
      and exists (select 1 from plan_alignment_counts k where k.hub_id = ${hub} and k.plan_id = p.id)
  ),
  priv as materialized (
    select k.kind, k.n, pp.id as plan_id, pp.org_id, pp.level_code, pp.level_rank
    from private_plans pp join plan_alignment_counts k on k.hub_id = ${hub} and k.plan_id = pp.id
    where pp.readable
  )`;

/**
 * The organisation ranking (count desc, then id) from its index: the first `window` public rows
 * plus the organisations of readable private plans, re-summed. Enough for any page ending at
 * `window`: an organisation without private counts keeps its public count, so the ones that make
 * the merged page are among the first window + (number of private organisations) public rows. Each
 * organisation comes from one branch only (a private one's public count by its key), so the plan
 * needs no join of the ranking with itself, whatever the statistics say.
 */
const organisationCtes = (hub: RawBuilder<unknown>, window: number) => sql`
  priv_orgs as materialized (select org_id, sum(n)::int as n from priv group by org_id),
  org_rank as materialized (
    select t.org_id, t.n from (
      select organisation_id as org_id, n from plan_alignment_public_orgs where hub_id = ${hub}
      order by n desc, organisation_id limit ${window} + (select count(*) from priv_orgs)
    ) t
    where not exists (select 1 from priv_orgs po where po.org_id = t.org_id)
    union all
    select po.org_id, po.n + coalesce((select x.n from plan_alignment_public_orgs x where x.hub_id = ${hub} and x.organisation_id = po.org_id), 0)
    from priv_orgs po
  ),
  org_total as (
    select (select count(*) from plan_alignment_public_orgs where hub_id = ${hub})
      + (select count(*) from priv_orgs po where not exists (
           select 1 from plan_alignment_public_orgs x where x.hub_id = ${hub} and x.organisation_id = po.org_id)) as n
  )`;

const organisationPage = (limit: number, offset: number) => sql`
  (select coalesce(json_agg(json_build_object('organisationId', r.org_id, 'nameTh', o.name_th, 'nameEn', o.name_en, 'count', r.n) order by r.n desc, r.org_id), '[]')
   from (select org_id, n from org_rank order by n desc, org_id limit ${limit} offset ${offset}) r join organisations o on o.id = r.org_id)`;

/** One page of a hub's contributors by owner organisation, with the number of organisations. */
export function hubOrganisationsQuery(actor: Actor | null, elementId: string, page: { limit: number; offset: number }) {
  const hub = sql`${elementId}::uuid`;
  return sql<{ data: { total: number; items: { organisationId: string; nameTh: string; nameEn: string; count: number }[] } }>`
    with ${privateCtes(actor, hub)}, ${organisationCtes(hub, page.offset + page.limit)}
    select json_build_object('total', (select n from org_total), 'items', ${organisationPage(page.limit, page.offset)}) as data`;
}

/**
 * A page of the hub's readable contributors (level rank desc, then id), one id more than asked. With
 * a cursor, two index range scans (the rest of the cursor's level, then the levels below), each
 * stopping after the page, instead of skipping `offset` index entries.
 */
function contributorPage(
  hub: RawBuilder<unknown>,
  query: AlignmentOptions,
  kindOfReach: RawBuilder<unknown>,
  hidden: (plan: RawBuilder<unknown>) => RawBuilder<unknown>,
) {
  const base = sql`r.hub_id = ${hub} and r.element_id <> ${hub} ${kindOfReach} and not ${hidden(sql`r.plan_id`)}`;
  const after = parseContributorCursor(query.after);
  if (!after)
    return sql`select r.element_id from plan_alignment_reach r where ${base} order by r.level_rank desc, r.element_id limit ${query.limit + 1} offset ${query.offset}`;
  const n = query.offset + query.limit + 1;
  return sql`select element_id from (
      (select r.element_id, r.level_rank from plan_alignment_reach r where ${base} and r.level_rank = ${after.rank} and r.element_id > ${after.id}::uuid
       order by r.element_id limit ${n})
      union all
      (select r.element_id, r.level_rank from plan_alignment_reach r where ${base} and r.level_rank < ${after.rank}
       order by r.level_rank desc, r.element_id limit ${n})
    ) q order by level_rank desc, element_id limit ${query.limit + 1} offset ${query.offset}`;
}

/**
 * The alignment of a hub as one JSON row of the same shape as alignmentQuery's. Counts are the kept
 * public totals plus this reader's readable private counts. Coverage: an element is served when a
 * project below it is readable; what no public project serves is kept in plan_alignment_unserved
 * (small), and projects of private plans this reader may see are walked up per request. Orphans
 * are drawn from the kept orphan set, kept to readable plans below the hub that contribute to it.
 */
export function hubAlignmentQuery(actor: Actor | null, elementId: string, levelRank: number, query: AlignmentOptions) {
  const coverage = query.coverage !== false;
  const orphans = query.orphans !== false;
  const hub = sql`${elementId}::uuid`;
  const kindOfCount = query.kind ? sql`where kind = ${query.kind}` : sql``;
  const kindOfReach = query.kind ? sql`and r.kind = ${query.kind}` : sql``;
  const hidden = (plan: RawBuilder<unknown>) => sql`exists (select 1 from private_plans h where h.id = ${plan} and not h.readable)`;
  return sql<{ data: Record<string, unknown> }>`
    with recursive ${privateCtes(actor, hub)}, ${organisationCtes(hub, TOP_ORGANISATIONS)},
    kinds as (
      select kind, sum(n)::int as n from (
        select kind, n from plan_alignment_public_kinds where hub_id = ${hub} union all select kind, n from priv) x
      group by kind
    ),
    levels as (
      select level_code, level_rank, sum(n)::int as n from (
        select level_code, level_rank, n from plan_alignment_public_levels where hub_id = ${hub} union all select level_code, level_rank, n from priv) x
      group by level_code, level_rank
    ),
    -- units (the hub and readable strategies and tactics it reaches) that no public project serves:
    -- few, drawn from the kept unserved set; a readable private project may still serve them
    unserved_units as materialized (
      select u.element_id as id, u.kind from plan_alignment_unserved u
      where u.kind in ('strategy','tactic') and ${coverage}
        and (u.element_id = ${hub} or exists (select 1 from plan_alignment_reach r
             where r.element_id = u.element_id and r.hub_id = ${hub} and not ${hidden(sql`r.plan_id`)}))
    ),
    served_private(id) as (
      select e.id from private_plans pp join plan_elements e on e.plan_id = pp.id and e.kind = 'project'
      where pp.readable and ${coverage} and e.id <> ${hub}
        and exists (select 1 from plan_alignment_reach r where r.element_id = e.id and r.hub_id = ${hub})
      union
      select x.up from served_private s join lateral (${UP(sql`s.id`)}) x on true
    ),
    gaps as materialized (select id, kind from unserved_units u where not exists (select 1 from served_private s where s.id = u.id)),
    strategies as (
      select coalesce((select n from kinds where kind = 'strategy'), 0)
        + (select count(*) from plan_elements e where e.id = ${hub} and e.kind = 'strategy') as n
    ),
    -- orphan projects of readable plans below the hub that contribute to it
    orphan as (
      select x.plan_id, x.element_id as id from plan_alignment_orphans x
      join plans p on p.id = x.plan_id join organisations o on o.id = p.owner_organisation_id
      where ${orphans} and p.level_rank < ${levelRank} and ${readablePlanSql(actor)}
        and exists (select 1 from plan_alignment_counts k where k.hub_id = ${hub} and k.plan_id = x.plan_id)
    )
    select json_build_object(
      'total', (select coalesce(sum(n), 0) from kinds),
      'byKind', (select coalesce(json_agg(json_build_object('kind', kind, 'count', n) order by kind), '[]') from kinds),
      'byLevel', (select coalesce(json_agg(json_build_object('levelCode', level_code, 'levelRank', level_rank, 'count', n) order by level_rank desc, level_code), '[]') from levels),
      'byOrganisation', ${organisationPage(TOP_ORGANISATIONS, 0)},
      'organisationTotal', (select n from org_total),
      'strategies', (select n from strategies),
      'covered', (select n from strategies) - (select count(*) from gaps where kind = 'strategy'),
      'gapIds', (select coalesce(json_agg(id), '[]') from gaps),
      'orphanTotal', (select count(*) from orphan),
      'orphanIds', (select coalesce(json_agg(id), '[]') from (select id from orphan order by plan_id, id limit 50) o),
      'pageIds', (select coalesce(json_agg(element_id), '[]') from (${contributorPage(hub, query, kindOfReach, hidden)}) pg),
      'pageTotal', (select coalesce(sum(n), 0) from kinds ${kindOfCount})
    ) as data`;
}
