import { type RawBuilder, sql } from 'kysely';

/**
 * The roll-up rules as SQL over a stored aggregate, written once for the maintained path and the
 * recomputation. Means are rounded to 6 decimals (trailing zeros trimmed) so repeated roll-ups stay exact decimals.
 * `none` shows a value only where exactly one value underlies it. A mean over no value is none:
 * a verification that empties a cell computes its row with n = 0 before deleting it.
 */
export function flatRuleValue(rule: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`case ${rule}
    when 'sum' then sum_v
    when 'mean' then trim_scale(round(sum_v / nullif(n, 0), 6))
    when 'weighted_mean' then case when sum_w = 0 then null else trim_scale(round(sum_wv / sum_w, 6)) end
    when 'min' then min_v
    when 'max' then max_v
    when 'latest' then latest_v
    else case when n = 1 then latest_v end
  end`;
}

/** The contribution axis: like the flat rules, but `none` keeps the indicator's own value only. */
export function contributionRuleValue(rule: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`case ${rule}
    when 'sum' then sum_v
    when 'mean' then trim_scale(round(sum_v / nullif(n, 0), 6))
    when 'weighted_mean' then case when sum_w = 0 then null else trim_scale(round(sum_wv / sum_w, 6)) end
    when 'min' then min_v
    when 'max' then max_v
    when 'latest' then latest_v
    else own_value
  end`;
}

/**
 * Merges aggregate rows (columns n … latest_v) into one: the flat axes are associative. Sums are
 * stored with trailing zeros trimmed, so a sum kept by deltas (12.50 − 0.50) and one recomputed
 * (12) are the same text and divide alike.
 */
export const mergeAggregates = sql`sum(n)::int as n, trim_scale(sum(sum_v)) as sum_v, trim_scale(sum(sum_w)) as sum_w, trim_scale(sum(sum_wv)) as sum_wv,
  min(min_v) as min_v, max(max_v) as max_v, max(latest_seq) as latest_seq, (array_agg(latest_v order by latest_seq desc))[1] as latest_v`;

/** Current verified values: counted in every roll-up. */
export const CURRENT = sql`m.status = 'verified' and m.superseded_by is null`;

/**
 * Recomputes the contribution-axis rows of the indicators `ids` (and, when given, one period) from
 * their own org-axis node (the flat aggregate of all their own values, weight 100) and their direct
 * contributors' stored rows (weighted by contribution_weight); deletes rows left without inputs.
 * Contributors must be up to date first: the maintained path walks upward, the recomputation level by level.
 */
export function refreshContributionSql(ids: RawBuilder<unknown>, period: string | null): RawBuilder<unknown> {
  const forPeriod = (column: RawBuilder<unknown>) => (period === null ? sql`true` : sql`${column} = ${period}`);
  return sql`
    with lv as (select id, rollup_rule, responsible_organisation_id from indicators where id in (${ids})),
    own as (
      select i.id as indicator_id, r.period, r.value as v, 100::numeric as w, r.latest_seq as seq, true as is_own
      from lv i join rollup_nodes r on r.indicator_id = i.id and r.axis = 'org' and r.node = i.responsible_organisation_id::text
      where r.value is not null and ${forPeriod(sql`r.period`)}
    ),
    inputs as (
      select * from own
      union all
      select c.contributes_to_indicator_id, ri.period, ri.value, c.contribution_weight, ri.latest_seq, false
      from indicators c join rollup_indicators ri on ri.indicator_id = c.id
      where c.contributes_to_indicator_id in (select id from lv) and ri.value is not null and ${forPeriod(sql`ri.period`)}
    ),
    agg as (
      select x.indicator_id, x.period, count(*)::int as n, trim_scale(sum(x.v)) as sum_v, trim_scale(sum(x.w)) as sum_w, trim_scale(sum(x.w * x.v)) as sum_wv,
        min(x.v) as min_v, max(x.v) as max_v, max(x.seq) as latest_seq, (array_agg(x.v order by x.seq desc))[1] as latest_v,
        -- the own input is at most one row per group: read it by filter, not by a join the planner may misjudge
        max(x.v) filter (where x.is_own) as own_value, max(x.seq) filter (where x.is_own) as own_seq
      from inputs x group by x.indicator_id, x.period
    ),
    joined as (
      select a.*, lv.rollup_rule from agg a join lv on lv.id = a.indicator_id
    ),
    gone as (
      delete from rollup_indicators r where r.indicator_id in (select id from lv) and ${forPeriod(sql`r.period`)}
        and not exists (select 1 from agg a where a.indicator_id = r.indicator_id and a.period = r.period)
    )
    insert into rollup_indicators (indicator_id, period, own_value, own_seq, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, value)
    select indicator_id, period, own_value, own_seq, n, sum_v, sum_w, sum_wv, min_v, max_v, latest_seq, latest_v, ${contributionRuleValue(sql`rollup_rule`)}
    from joined
    on conflict (indicator_id, period) do update set own_value = excluded.own_value, own_seq = excluded.own_seq, n = excluded.n,
      sum_v = excluded.sum_v, sum_w = excluded.sum_w, sum_wv = excluded.sum_wv, min_v = excluded.min_v, max_v = excluded.max_v,
      latest_seq = excluded.latest_seq, latest_v = excluded.latest_v, value = excluded.value`;
}

/**
 * The aggregate after one input of a stored aggregate is replaced, without reading the other inputs:
 * the old input (po: present, vo value, wo weight, so seq) leaves and the new one (pn, vn, wn, sn)
 * arrives, over the stored columns n0 … latest0 (null when there is no row yet). Counts and sums are
 * exact by difference; min, max and latest stay exact unless the leaving input held them, others
 * remain and the arriving one does not take its place — then they come out null, and the caller
 * recomputes that aggregate from its inputs (`stale`). A lone input replaced is the common case
 * (a project's own value): the new input alone is then the whole aggregate.
 */
export const replaceInput = sql`
  coalesce(n0, 0) + pn::int - po::int as n,
  trim_scale(coalesce(sum_v0, 0) + case when pn then vn else 0 end - case when po then vo else 0 end) as sum_v,
  trim_scale(coalesce(sum_w0, 0) + case when pn then wn else 0 end - case when po then wo else 0 end) as sum_w,
  trim_scale(coalesce(sum_wv0, 0) + case when pn then wn * vn else 0 end - case when po then wo * vo else 0 end) as sum_wv,
  case when po and n0 = 1 then case when pn then vn end
    when po and vo <= min0 and not (pn and vn <= vo) then null else least(min0, case when pn then vn end) end as min_v,
  case when po and n0 = 1 then case when pn then vn end
    when po and vo >= max0 and not (pn and vn >= vo) then null else greatest(max0, case when pn then vn end) end as max_v,
  case when po and n0 = 1 then case when pn then sn end
    when pn and (seq0 is null or sn > seq0 or (po and so = seq0 and sn = so)) then sn when po and so = seq0 then null else seq0 end as latest_seq,
  case when po and n0 = 1 then case when pn then vn end
    when pn and (seq0 is null or sn > seq0 or (po and so = seq0 and sn = so)) then vn when po and so = seq0 then null else latest0 end as latest_v,
  po and n0 is null as orphan`;

/** Over `replaceInput`'s columns: the delta could not be applied and the aggregate must be recomputed. */
export const staleAfterReplace = sql`(n > 0 and (min_v is null or max_v is null or latest_seq is null)) or orphan`;

/**
 * The transaction lock of one contribution tree, named by its root indicator. Every write of roll-ups
 * in a tree takes it first (a statement of its own, so what follows reads what the previous holder
 * committed): deltas must never start from a row another transaction is changing.
 */
export const treeLock = (root: RawBuilder<unknown>) => sql`pg_advisory_xact_lock(hashtextextended('rollups:' || ${root}, 0))`;
