import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export const NO_STRATEGY = '00000000-0000-0000-0000-000000000000';

/**
 * Rebuilds the flow aggregates from the budget lines in set-based passes: the per-(fy, source,
 * level, organisation) totals, each budgeted element's shares of the national strategies (every
 * upward path through tree parents and weighted linkages), and the per-strategy cells. Budget-line
 * writes are held off meanwhile (SHARE lock) so none is counted twice or missed.
 */
export async function rebuildFlowAggregates(trx: Db): Promise<void> {
  await sql`lock table budget_lines in share mode`.execute(trx);
  await sql`delete from budget_flow_totals`.execute(trx);
  await sql`delete from budget_flow_strategies`.execute(trx);
  await sql`delete from budget_element_shares`.execute(trx);
  for (const table of ['budget_flow_sources', 'budget_flow_organisations', 'budget_flow_strategy_totals'])
    await sql`delete from ${sql.table(table)}`.execute(trx);
  await sql`
    insert into budget_flow_totals (fiscal_year, source, level_code, organisation_id, allocated)
    select fiscal_year, source, level_code, organisation_id, sum(allocated_thb) from budget_lines
    group by fiscal_year, source, level_code, organisation_id having sum(allocated_thb) <> 0`.execute(trx);
  await sql`
    insert into budget_element_shares (element_id, strategy_id, share)
    with recursive budgeted as (select distinct element_id as id from budget_lines),
    up(origin, id, share) as (
      select id, id, 1::numeric from budgeted
      union all
      select up.origin, x.up, up.share * x.w from up join lateral (
        select e.parent_id as up, 1::numeric as w from plan_elements e where e.id = up.id and e.parent_id is not null
        union all
        select l.target_element_id, l.weight * 0.01 from plan_linkages l where l.source_element_id = up.id
      ) x on true
    ), reached as (
      select up.origin, up.id as strategy_id, sum(up.share) as share
      from up join plan_elements e on e.id = up.id and e.parent_id is null join plans p on p.id = e.plan_id and p.level_code = 'national_strategy'
      group by up.origin, up.id
    )
    select origin, strategy_id, share from reached
    union all
    select b.id, ${NO_STRATEGY}::uuid, 1 - coalesce(r.share, 0)
    from budgeted b left join (select origin, sum(share) as share from reached group by origin) r on r.origin = b.id
    where coalesce(r.share, 0) < 1`.execute(trx);
  await sql`
    insert into budget_flow_strategies (fiscal_year, organisation_id, strategy_id, allocated)
    select b.fiscal_year, b.organisation_id, s.strategy_id, sum(b.allocated_thb * s.share)
    from budget_lines b join budget_element_shares s on s.element_id = b.element_id
    group by b.fiscal_year, b.organisation_id, s.strategy_id`.execute(trx);
  await sql`
    insert into budget_flow_sources (fiscal_year, source, level_code, allocated)
    select fiscal_year, source, level_code, sum(allocated) from budget_flow_totals group by fiscal_year, source, level_code`.execute(trx);
  await sql`
    insert into budget_flow_organisations (fiscal_year, organisation_id, allocated)
    select fiscal_year, organisation_id, sum(allocated) from budget_flow_totals group by fiscal_year, organisation_id`.execute(trx);
  await sql`
    insert into budget_flow_strategy_totals (fiscal_year, strategy_id, allocated)
    select fiscal_year, strategy_id, sum(allocated) from budget_flow_strategies group by fiscal_year, strategy_id`.execute(trx);
  await sql`update budget_flow_state set stale = false where id = 1`.execute(trx);
}

/** Rebuilds the aggregates when plan structure changed since the last build; a no-op otherwise. */
export async function ensureFlowFresh(db: Db): Promise<void> {
  const state = await db.selectFrom('budget_flow_state').select('stale').where('id', '=', 1).executeTakeFirst();
  if (!state?.stale) return;
  await db.transaction().execute(async (trx) => {
    // the row lock makes concurrent readers wait for one rebuild instead of each running their own
    const locked = await sql<{ stale: boolean }>`select stale from budget_flow_state where id = 1 for update`.execute(trx);
    if (locked.rows[0]?.stale) await rebuildFlowAggregates(trx);
  });
}
