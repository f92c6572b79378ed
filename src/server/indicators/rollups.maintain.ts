import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { RollupAxis } from './indicators.tables.js';
import { recomputeFlatAxes } from './rollups.recompute.js';
import { CURRENT, flatRuleValue, mergeAggregates, refreshContributionSql, treeLock } from './rollups.sql.js';

/**
 * Recomputes the stored roll-ups above one cell: only the cell's ancestors are touched, each from
 * its direct leaves and its direct children's stored aggregates (so min, max and latest survive a
 * value leaving), bottom-up, then the indicator's contribution chain upward. Verification goes the
 * cheaper way, by difference (rollups.delta.ts), and comes here only for a node whose extreme or
 * latest value left; seeds and callers that know no old value use refreshCell.
 */

/** A node and its parent on one axis, listed leaf first. */
export interface AxisNode {
  node: string;
  parent: string | null;
}

/** subdistrict → district → province → TH, by DOPA code prefix. */
export function areaChain(areaCode: string): AxisNode[] {
  const chain: AxisNode[] = [];
  for (let len = areaCode.length; len >= 2; len -= 2) chain.push({ node: areaCode.slice(0, len), parent: len > 2 ? areaCode.slice(0, len - 2) : 'TH' });
  chain.push({ node: 'TH', parent: null });
  return chain;
}

/**
 * The organisation and its line ancestors from its materialised path '/root/…/self/', up to and
 * including `top` (the indicator's responsible organisation): above it every node would only copy
 * the responsible organisation's aggregate, at national scale tens of millions of rows.
 */
export function organisationChain(path: string, top: string): AxisNode[] {
  const ids = path.split('/').filter(Boolean);
  const from = ids.indexOf(top);
  if (from < 0) return [];
  return ids
    .map((node, i) => ({ node, parent: i > 0 ? ids[i - 1]! : null }))
    .slice(from)
    .reverse();
}

/** Recomputes one flat node from its direct leaves and its children's stored aggregates (children first). */
export async function refreshFlatNode(trx: Db, axis: RollupAxis, indicatorId: string, period: string, { node, parent }: AxisNode): Promise<void> {
  const leafAtNode = axis === 'area' ? sql`m.area_code = ${node}` : sql`m.organisation_id = ${node}::uuid`;
  await sql`
    with leaves as (
      select 1 as n, m.value as sum_v, 1::numeric as sum_w, m.value as sum_wv, m.value as min_v, m.value as max_v, m.seq as latest_seq, m.value as latest_v
      from measurements m where m.indicator_id = ${indicatorId} and m.period = ${period} and ${CURRENT} and ${leafAtNode}
      union all
      select n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v from rollup_nodes
      where indicator_id = ${indicatorId} and period = ${period} and axis = ${axis} and parent_node = ${node}
    ),
    agg as (select ${mergeAggregates} from leaves),
    gone as (
      delete from rollup_nodes where indicator_id = ${indicatorId} and period = ${period} and axis = ${axis} and node = ${node}
        and (select n from agg) is null
    )
    insert into rollup_nodes (indicator_id, period, axis, node, parent_node, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, value)
    select ${indicatorId}, ${period}, ${axis}, ${node}, ${parent}, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v,
      ${flatRuleValue(sql`(select rollup_rule from indicators where id = ${indicatorId})`)}
    from agg where n is not null
    on conflict (indicator_id, period, axis, node) do update set parent_node = excluded.parent_node, n = excluded.n, sum_v = excluded.sum_v,
      sum_w = excluded.sum_w, sum_wv = excluded.sum_wv, min_v = excluded.min_v, max_v = excluded.max_v, latest_seq = excluded.latest_seq,
      latest_v = excluded.latest_v, value = excluded.value`.execute(trx);
}

/** Walks the contribution chain upward from `indicatorId`, refreshing each indicator's row for `period`. */
export async function refreshContributionChain(trx: Db, indicatorId: string, period: string): Promise<void> {
  let current: string | null = indicatorId;
  // the service refuses contribution cycles; the bound only stops a corrupted chain from looping
  for (let steps = 0; current && steps < 64; steps += 1) {
    await refreshContributionSql(sql`${current}::uuid`, period).execute(trx);
    const row: { next: string | null } | undefined = await trx
      .selectFrom('indicators')
      .select('contributes_to_indicator_id as next')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.next ?? null;
  }
}

/** A verified cell whose current value changed: the area and organisation leaves it was (and is) counted at. */
export interface ChangedCell {
  indicatorId: string;
  period: string;
  areaCode: string | null;
  /** reporting organisations of the old and the new current value (they may differ) */
  organisationIds: string[];
}

/** Brings every roll-up above one changed cell up to date; call inside the transaction that changed it. */
export async function refreshCell(trx: Db, cell: ChangedCell): Promise<void> {
  if (cell.areaCode) {
    for (const node of areaChain(cell.areaCode)) await refreshFlatNode(trx, 'area', cell.indicatorId, cell.period, node);
  }
  const orgs = await trx
    .selectFrom('organisations')
    .select('path')
    .where('id', 'in', [...new Set(cell.organisationIds)])
    .execute();
  const { responsible_organisation_id: top } = await trx
    .selectFrom('indicators')
    .select('responsible_organisation_id')
    .where('id', '=', cell.indicatorId)
    .executeTakeFirstOrThrow();
  // the union of the chains, deepest first: every node is refreshed after its children
  const nodes = new Map<string, { chain: AxisNode; depth: number }>();
  for (const { path } of orgs) {
    const chain = organisationChain(path, top);
    for (const [i, c] of chain.entries()) nodes.set(c.node, { chain: c, depth: chain.length - i });
  }
  for (const { chain } of [...nodes.values()].sort((a, b) => b.depth - a.depth)) await refreshFlatNode(trx, 'org', cell.indicatorId, cell.period, chain);
  await refreshContributionChain(trx, cell.indicatorId, cell.period);
}

/** Takes the locks of the contribution trees that `ids` belong to, in one order (no deadlock between two such callers). */
async function lockTrees(trx: Db, ids: string[]): Promise<void> {
  await sql`
    with recursive up(id, next_id, depth) as (
      select id, contributes_to_indicator_id, 0 from indicators where id in (${sql.join(ids.map((id) => sql`${id}::uuid`))})
      union all
      select i.id, i.contributes_to_indicator_id, up.depth + 1 from indicators i join up on i.id = up.next_id where up.depth < 64
    )
    select ${treeLock(sql`id::text`)} from (select distinct id from up where next_id is null order by id) roots`.execute(trx);
}

/** After an indicator's rule, contribution or weight changes: rebuild its flat nodes and refresh the chains above, for every period. */
export async function rebuildIndicator(trx: Db, indicatorId: string, formerParentId: string | null): Promise<void> {
  await lockTrees(trx, formerParentId ? [indicatorId, formerParentId] : [indicatorId]);
  await trx.deleteFrom('rollup_nodes').where('indicator_id', '=', indicatorId).execute();
  await recomputeFlatAxes(trx, sql`${indicatorId}::uuid`);
  const periods = await sql<{ period: string }>`
    select period from rollup_nodes where indicator_id = ${indicatorId} union select period from rollup_indicators where indicator_id = ${indicatorId}
    union select ri.period from rollup_indicators ri join indicators c on c.id = ri.indicator_id where c.contributes_to_indicator_id = ${indicatorId}`.execute(
    trx,
  );
  for (const { period } of periods.rows) {
    await refreshContributionChain(trx, indicatorId, period);
    if (formerParentId) await refreshContributionChain(trx, formerParentId, period);
  }
}
