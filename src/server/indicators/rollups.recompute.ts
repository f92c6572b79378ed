import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.js';
import { CURRENT, flatRuleValue, refreshContributionSql } from './rollups.sql.js';

/**
 * Rebuilds roll-ups from the raw current verified measurements with set-based SQL: the reference the
 * maintained roll-ups are proved equal to (property test), and the bulk path for seeds and the bench.
 */

/** Flat axes of the indicators `ids` (all when omitted): each node aggregates every leaf of its subtree directly. */
export async function recomputeFlatAxes(db: Db, ids?: RawBuilder<unknown>): Promise<void> {
  const only = ids ? sql`and m.indicator_id in (${ids})` : sql``;
  const aggregate = (nodes: RawBuilder<unknown>) => sql`
    insert into rollup_nodes (indicator_id, period, axis, node, parent_node, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, value)
    select g.*, ${flatRuleValue(sql`i.rollup_rule`)}
    from (
      select x.indicator_id, x.period, x.axis, x.node, x.parent_node, count(*)::int as n, trim_scale(sum(x.value)) as sum_v, count(*)::numeric as sum_w,
        trim_scale(sum(x.value)) as sum_wv, min(x.value) as min_v, max(x.value) as max_v, max(x.seq) as latest_seq, (array_agg(x.value order by x.seq desc))[1] as latest_v
      from (${nodes}) x
      group by x.indicator_id, x.period, x.axis, x.node, x.parent_node
    ) g join indicators i on i.id = g.indicator_id`;
  // area axis: TH, then the 2-, 4- and 6-digit prefixes of the DOPA code
  await aggregate(sql`
    select m.indicator_id, m.period, 'area' as axis, v.node, v.parent_node, m.value, m.seq
    from measurements m
    cross join lateral (values ('TH', null::text, 0), (substr(m.area_code, 1, 2), 'TH', 2), (substr(m.area_code, 1, 4), substr(m.area_code, 1, 2), 4),
      (substr(m.area_code, 1, 6), substr(m.area_code, 1, 4), 6)) v(node, parent_node, len)
    where ${CURRENT} and m.area_code is not null and v.len <= length(m.area_code) ${only}`).execute(db);
  // organisation axis: the reporting organisation's path from the responsible organisation down
  await aggregate(sql`
    select m.indicator_id, m.period, 'org' as axis, p.ids[k] as node, case when k > 1 then p.ids[k - 1] end as parent_node, m.value, m.seq
    from measurements m
    join indicators ind on ind.id = m.indicator_id
    join organisations o on o.id = m.organisation_id
    cross join lateral (select string_to_array(trim(both '/' from o.path), '/') as ids) p
    cross join lateral generate_subscripts(p.ids, 1) as k
    where ${CURRENT} and k >= array_position(p.ids, ind.responsible_organisation_id::text) ${only}`).execute(db);
}

/** The contribution axis, level by level from the deepest contributors up to the roots. */
export async function recomputeContributions(db: Db): Promise<void> {
  await db.deleteFrom('rollup_indicators').execute();
  const depths = await sql<{ depth: number }>`
    with recursive tree(id, depth) as (
      select id, 0 from indicators where contributes_to_indicator_id is null
      union all
      select i.id, t.depth + 1 from indicators i join tree t on i.contributes_to_indicator_id = t.id where t.depth < 64
    )
    select max(depth) as depth from tree`.execute(db);
  for (let depth = depths.rows[0]?.depth ?? -1; depth >= 0; depth -= 1) {
    await refreshContributionSql(
      sql`
      with recursive tree(id, depth) as (
        select id, 0 from indicators where contributes_to_indicator_id is null
        union all
        select i.id, t.depth + 1 from indicators i join tree t on i.contributes_to_indicator_id = t.id where t.depth < ${depth}
      )
      select id from tree where depth = ${depth}`,
      null,
    ).execute(db);
  }
}

/** Every roll-up from scratch. */
export async function recomputeAllRollups(db: Db): Promise<void> {
  await db.deleteFrom('rollup_nodes').execute();
  await recomputeFlatAxes(db);
  await recomputeContributions(db);
}
