import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { NO_STRATEGY } from './flow-aggregates.js';

type Link = { source: string; target: string; amount: string };

/**
 * The whole country's flow from the few-row aggregates: the largest organisations by allocated
 * baht come from an index (with the largest transfer recipients), and "other organisations" is each total minus what those carry, so no
 * query reads one row per organisation.
 */
export async function nationalFlowLinks(db: Db, fy: number, maxOrganisations: number): Promise<Link[]> {
  const strategyNode = (column: string) =>
    sql`case when ${sql.ref(column)} = ${NO_STRATEGY}::uuid then 'strategy:none' else 'strategy:' || ${sql.ref(column)}::text end`;
  const rows = await sql<Link>`
    with top as (
      (select organisation_id from budget_flow_organisations where fiscal_year = ${fy} and allocated <> 0
       order by allocated desc, organisation_id limit ${maxOrganisations})
      union
      -- the largest recipients of transfers keep their own node too, even with no budget lines of
      -- their own (a local government living on a province's subsidy)
      (select to_organisation_id from budget_transfers where fiscal_year = ${fy}
       group by to_organisation_id order by sum(amount) desc, to_organisation_id limit ${maxOrganisations})
    ), top_levels as (
      select t.level_code, t.organisation_id, sum(t.allocated) as allocated
      from top join budget_flow_totals t on t.fiscal_year = ${fy} and t.organisation_id = top.organisation_id group by t.level_code, t.organisation_id
    ), top_strategies as (
      select s.organisation_id, s.strategy_id, s.allocated
      from top join budget_flow_strategies s on s.fiscal_year = ${fy} and s.organisation_id = top.organisation_id
    ), levels as (
      select level_code, sum(allocated) as allocated from budget_flow_sources where fiscal_year = ${fy} group by level_code
    ), transfers as (
      select case when f.organisation_id is null then 'org:other' else 'org:' || x.from_organisation_id::text end as source,
        case when r.organisation_id is null then 'org:other' else 'org:' || x.to_organisation_id::text end as target, x.amount
      from budget_transfers x left join top f on f.organisation_id = x.from_organisation_id left join top r on r.organisation_id = x.to_organisation_id
      where x.fiscal_year = ${fy}
    ), links as (
      select 'source:' || source as source, 'level:' || level_code as target, sum(allocated) as amount
      from budget_flow_sources where fiscal_year = ${fy} group by source, level_code
      union all
      select 'level:' || level_code, 'org:' || organisation_id::text, allocated from top_levels
      union all
      select 'level:' || l.level_code, 'org:other', l.allocated - coalesce((select sum(allocated) from top_levels k where k.level_code = l.level_code), 0) from levels l
      union all
      select 'org:' || organisation_id::text, ${strategyNode('strategy_id')}, allocated from top_strategies
      union all
      select 'org:other', ${strategyNode('st.strategy_id')},
        st.allocated - coalesce((select sum(allocated) from top_strategies k where k.strategy_id = st.strategy_id), 0)
      from budget_flow_strategy_totals st where st.fiscal_year = ${fy}
      union all
      select source, target, sum(amount) from transfers where source <> target group by source, target
    )
    select source, target, round(sum(amount), 2)::text as amount from links group by source, target having round(sum(amount), 2) <> 0`.execute(db);
  return rows.rows;
}
