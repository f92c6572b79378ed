import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { type AxisNode, areaChain, organisationChain, refreshFlatNode } from './rollups.maintain.js';
import { contributionRuleValue, flatRuleValue, refreshContributionSql, replaceInput, staleAfterReplace, treeLock } from './rollups.sql.js';

/**
 * The verification path of the roll-ups: a verified value replaces the cell's former current value,
 * and every aggregate above it changes by that difference alone — one statement for all the area and
 * organisation nodes, one per level of the contribution chain — never by re-reading the other inputs
 * (a province indicator has ~26,000 contributing projects at national scale). Only when the leaving
 * value held a node's min, max or latest is that node recomputed (rollups.maintain.ts), bottom-up.
 */

/** One verified value of a cell: where it was reported and what it counts. */
export interface CellValue {
  organisationId: string;
  value: string;
  seq: number;
}

export interface VerifiedChange {
  indicatorId: string;
  period: string;
  areaCode: string | null;
  /** the current value it supersedes, if any (same cell, so same area) */
  old: CellValue | null;
  new: CellValue;
}

/** A changed input of an aggregate: present or not, value, weight, seq. */
interface Input {
  present: boolean;
  value: string | null;
  weight: string;
  seq: number | null;
}

const inputColumns = (prefix: 'o' | 'n', input: Input) =>
  sql`${input.present}::boolean as ${sql.raw(`p${prefix}`)}, ${input.value}::numeric as ${sql.raw(`v${prefix}`)},
    ${input.weight}::numeric as ${sql.raw(`w${prefix}`)}, ${input.seq}::bigint as ${sql.raw(`s${prefix}`)}`;

interface ChainRow {
  id: string;
  weight: string;
  top: string;
  paths: string[] | null;
}

/**
 * The indicator's contribution chain (itself first), its responsible organisation and the reporting
 * organisations' paths, in one round trip; and the lock of the chain's tree (`treeLock`), so that
 * the statements after it compute their deltas from what earlier verifications committed.
 */
async function loadContext(trx: Db, change: VerifiedChange) {
  const orgIds = [...new Set([change.new.organisationId, ...(change.old ? [change.old.organisationId] : [])])];
  const { rows } = await sql<ChainRow>`
    with recursive up(id, next_id, weight, depth) as (
      select id, contributes_to_indicator_id, contribution_weight, 0 from indicators where id = ${change.indicatorId}
      union all
      -- the service refuses contribution cycles; the bound only stops a corrupted chain from looping
      select i.id, i.contributes_to_indicator_id, i.contribution_weight, up.depth + 1 from indicators i join up on i.id = up.next_id where up.depth < 64
    ),
    locked as (
      select ${treeLock(sql`(select id from up order by depth desc limit 1)`)}
    )
    select up.id, up.weight::text as weight,
      (select responsible_organisation_id from indicators where id = ${change.indicatorId}) as top,
      (select json_agg(path) from organisations where id in (${sql.join(orgIds.map((id) => sql`${id}::uuid`))})) as paths
    from up, locked order by up.depth`.execute(trx);
  return { chain: rows.map((r) => ({ id: r.id, weight: r.weight })), top: rows[0]!.top, paths: rows[0]!.paths ?? [] };
}

/** The area and organisation nodes above the old and the new value, each marked with which of them it counts. */
function flatNodes(change: VerifiedChange, top: string, pathOf: (organisationId: string) => string | undefined) {
  const nodes: (AxisNode & { axis: 'area' | 'org'; adds: boolean; drops: boolean; order: number })[] = [];
  if (change.areaCode) {
    for (const [i, n] of areaChain(change.areaCode).entries()) nodes.push({ ...n, axis: 'area', adds: true, drops: change.old !== null, order: i });
  }
  const org = new Map<string, (typeof nodes)[number]>();
  const mark = (organisationId: string, flag: 'adds' | 'drops') => {
    const path = pathOf(organisationId);
    const chain = path ? organisationChain(path, top) : [];
    // depth from the root orders the refresh bottom-up across both chains
    chain.forEach((n, i) => {
      const entry = org.get(n.node) ?? { ...n, axis: 'org' as const, adds: false, drops: false, order: -(chain.length - i) };
      entry[flag] = true;
      org.set(n.node, entry);
    });
  };
  mark(change.new.organisationId, 'adds');
  if (change.old) mark(change.old.organisationId, 'drops');
  return [...nodes, ...[...org.values()].sort((a, b) => a.order - b.order)];
}

interface FlatResult {
  axis: 'area' | 'org';
  node: string;
  parent_node: string | null;
  stale: boolean;
  value0: string | null;
  seq0: number | null;
  value: string | null;
  latest_seq: number | null;
  n: number;
}

/** Applies the change to every flat node in one statement; returns each node before and after (stale ones untouched). */
async function applyFlat(trx: Db, change: VerifiedChange, nodes: ReturnType<typeof flatNodes>): Promise<FlatResult[]> {
  if (nodes.length === 0) return [];
  const chain = sql.join(nodes.map((n, i) => sql`(${n.axis}::text, ${n.node}::text, ${n.parent}::text, ${n.adds}::boolean, ${n.drops}::boolean, ${i}::int)`));
  const key = sql`r.indicator_id = ${change.indicatorId} and r.period = ${change.period}`;
  const { rows } = await sql<FlatResult>`
    with ch(axis, node, parent_node, adds, drops, ord) as (values ${chain}),
    d as (
      select ch.*, r.n as n0, r.sum_v as sum_v0, r.sum_w as sum_w0, r.sum_wv as sum_wv0, r.min_v as min0, r.max_v as max0, r.latest_seq as seq0,
        r.latest_v as latest0, r.value as value0,
        ch.drops as po, ${change.old?.value ?? null}::numeric as vo, 1::numeric as wo, ${change.old?.seq ?? null}::bigint as so,
        ch.adds as pn, ${change.new.value}::numeric as vn, 1::numeric as wn, ${change.new.seq}::bigint as sn
      from ch left join rollup_nodes r on ${key} and r.axis = ch.axis and r.node = ch.node
    ),
    nx as (select d.*, ${replaceInput} from d),
    v as (
      select nx.*, ${flatRuleValue(sql`(select rollup_rule from indicators where id = ${change.indicatorId})`)} as value, ${staleAfterReplace} as stale from nx
    ),
    ins as (
      insert into rollup_nodes (indicator_id, period, axis, node, parent_node, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, value)
      select ${change.indicatorId}, ${change.period}, axis, node, parent_node, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, value
      from v where n0 is null and n > 0 and not stale
    ),
    upd as (
      update rollup_nodes r set parent_node = v.parent_node, n = v.n, sum_v = v.sum_v, sum_w = v.sum_w, sum_wv = v.sum_wv, min_v = v.min_v,
        max_v = v.max_v, latest_seq = v.latest_seq, latest_v = v.latest_v, value = v.value
      from v where ${key} and r.axis = v.axis and r.node = v.node and v.n0 is not null and v.n > 0 and not v.stale
    ),
    del as (delete from rollup_nodes r using v where ${key} and r.axis = v.axis and r.node = v.node and v.n <= 0 and not v.stale)
    select axis, node, parent_node, stale, value0::text, seq0, value::text, latest_seq, n from v order by ord`.execute(trx);
  return rows;
}

interface LevelResult {
  value0: string | null;
  seq0: number | null;
  value: string | null;
  latest_seq: number | null;
  stale: boolean;
}

/** Replaces one input of one indicator's contribution row; `ownChanged` when the input is its own value. */
async function applyContribution(trx: Db, indicatorId: string, period: string, before: Input, after: Input, ownChanged: boolean): Promise<LevelResult> {
  const own = ownChanged ? sql`case when pn then vn end as own_value, case when pn then sn end as own_seq` : sql`own_value0 as own_value, own_seq0 as own_seq`;
  const key = sql`r.indicator_id = ${indicatorId} and r.period = ${period}`;
  const { rows } = await sql<LevelResult>`
    with d as (
      select i.rollup_rule, r.n as n0, r.sum_v as sum_v0, r.sum_w as sum_w0, r.sum_wv as sum_wv0, r.min_v as min0, r.max_v as max0,
        r.latest_seq as seq0, r.latest_v as latest0, r.value as value0, r.own_value as own_value0, r.own_seq as own_seq0,
        ${inputColumns('o', before)}, ${inputColumns('n', after)}
      from indicators i left join rollup_indicators r on ${key}
      where i.id = ${indicatorId}
    ),
    nx as (select d.*, ${replaceInput}, ${own} from d),
    v as (select nx.*, ${contributionRuleValue(sql`rollup_rule`)} as value, ${staleAfterReplace} as stale from nx),
    ins as (
      insert into rollup_indicators (indicator_id, period, own_value, own_seq, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, value)
      select ${indicatorId}, ${period}, own_value, own_seq, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, value
      from v where n0 is null and n > 0 and not stale
    ),
    upd as (
      update rollup_indicators r set own_value = v.own_value, own_seq = v.own_seq, n = v.n, sum_v = v.sum_v, sum_w = v.sum_w, sum_wv = v.sum_wv,
        min_v = v.min_v, max_v = v.max_v, latest_seq = v.latest_seq, latest_v = v.latest_v, value = v.value
      from v where ${key} and v.n0 is not null and v.n > 0 and not v.stale
    ),
    del as (delete from rollup_indicators r using v where ${key} and v.n <= 0 and not v.stale)
    select value0::text, seq0, case when n > 0 then value end::text as value, case when n > 0 then latest_seq end as latest_seq, stale from v`.execute(trx);
  const result = rows[0]!;
  if (!result.stale) return result;
  await refreshContributionSql(sql`${indicatorId}::uuid`, period).execute(trx);
  const fresh = await trx
    .selectFrom('rollup_indicators')
    .select(['value', 'latest_seq'])
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .executeTakeFirst();
  return { ...result, value: fresh?.value ?? null, latest_seq: fresh?.latest_seq ?? null };
}

const asInput = (value: string | null, seq: number | null, weight: string): Input => ({ present: value !== null, value, weight, seq });

/** Brings every roll-up above a verified value up to date; call inside the transaction that verified it. */
export async function applyVerifiedChange(trx: Db, change: VerifiedChange): Promise<void> {
  const { chain, top, paths } = await loadContext(trx, change);
  const pathOf = (organisationId: string) => paths.find((p) => p.endsWith(`/${organisationId}/`));
  const nodes = flatNodes(change, top, pathOf);
  const results = await applyFlat(trx, change, nodes);
  // nodes whose min, max or latest left with the old value: recomputed from their children, deepest first
  for (const r of results.filter((x) => x.stale))
    await refreshFlatNode(trx, r.axis, change.indicatorId, change.period, { node: r.node, parent: r.parent_node });

  const own = results.find((r) => r.axis === 'org' && r.node === top);
  if (!own) return;
  let after: { value: string | null; seq: number | null } = { value: own.n > 0 ? own.value : null, seq: own.n > 0 ? own.latest_seq : null };
  if (own.stale) {
    const fresh = await trx
      .selectFrom('rollup_nodes')
      .select(['value', 'latest_seq'])
      .where('indicator_id', '=', change.indicatorId)
      .where('period', '=', change.period)
      .where('axis', '=', 'org')
      .where('node', '=', top)
      .executeTakeFirst();
    after = { value: fresh?.value ?? null, seq: fresh?.latest_seq ?? null };
  }
  let before = asInput(own.value0, own.seq0, '100');
  let next = asInput(after.value, after.seq, '100');
  for (const [level, { id }] of chain.entries()) {
    if (before.present === next.present && before.value === next.value && before.seq === next.seq) return;
    const r = await applyContribution(trx, id, change.period, before, next, level === 0);
    const weight = chain[level]!.weight;
    before = asInput(r.value0, r.seq0, weight);
    next = asInput(r.value, r.latest_seq, weight);
  }
}
