import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { reachesPath, scopePaths } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import type { BudgetFinding, ChecksQuery } from '../budgets.schema.js';
import type { BudgetFindingKind } from '../budgets.tables.js';
import { ensureFlowFresh, NO_STRATEGY } from './flow-aggregates.js';

type Row = Omit<BudgetFinding, 'kind' | 'fiscalYear'>;
const columns = sql`element_id as "elementId", plan_id as "planId", organisation_id as "organisationId", budget_line_id as "budgetLineId",
  name_th as "nameTh", name_en as "nameEn", round(lim, 2)::text as "limit", round(actual, 2)::text as actual, round(actual - lim, 2)::text as excess`;

/**
 * The consistency checks of one fiscal year over the organisations the actor may read (optionally one
 * subtree). Each finding names what to fix and carries the numbers: `actual` is more than `limit`.
 */
export async function budgetChecks(db: Db, actor: Actor, query: ChecksQuery) {
  let paths = scopePaths(actor, 'private.read');
  if (paths.length === 0) throw new AppError('forbidden');
  if (query.organisationId) {
    const org = await db.selectFrom('organisations').select('path').where('id', '=', query.organisationId).executeTakeFirst();
    if (!org) throw new AppError('not_found');
    if (!reachesPath(actor, 'private.read', org.path)) throw new AppError('forbidden');
    paths = [org.path];
  }
  await ensureFlowFresh(db);
  const fy = query.fy;
  const inScope = (column: string) =>
    sql`exists (select 1 from organisations so where so.id = ${sql.ref(column)} and (${sql.join(
      paths.map((p) => sql`so.path like ${`${p}%`}`),
      sql` or `,
    )}))`;

  const run = async (kind: BudgetFindingKind, body: ReturnType<typeof sql>) =>
    (await sql<Row>`select ${columns} from (${body}) f order by actual - lim desc, name_en`.execute(db)).rows.map((r) => ({ kind, fiscalYear: fy, ...r }));

  const findings = [
    // the lines on an element's direct children allocate more than the element's own lines
    ...(await run(
      'children_over_parent',
      sql`
      select e.id as element_id, e.plan_id, p.owner_organisation_id as organisation_id, null::uuid as budget_line_id, e.title_th as name_th, e.title_en as name_en,
        own.allocated as lim, kids.allocated as actual
      from plan_elements e join plans p on p.id = e.plan_id
      join lateral (select sum(allocated_thb) as allocated from budget_lines where element_id = e.id and fiscal_year = ${fy}) own on own.allocated is not null
      join lateral (select sum(b.allocated_thb) as allocated from plan_elements c join budget_lines b on b.element_id = c.id and b.fiscal_year = ${fy} where c.parent_id = e.id) kids on true
      where kids.allocated > own.allocated and e.id in (select element_id from budget_lines where fiscal_year = ${fy}) and ${inScope('p.owner_organisation_id')}`,
    )),
    ...(await run(
      'disbursed_over_allocated',
      sql`
      select b.element_id, b.plan_id, b.organisation_id, b.id as budget_line_id, e.title_th as name_th, e.title_en as name_en, b.allocated_thb as lim, b.disbursed_thb as actual
      from budget_lines b join plan_elements e on e.id = b.element_id
      where b.fiscal_year = ${fy} and b.disbursed_thb > b.allocated_thb and ${inScope('b.organisation_id')}`,
    )),
    // the sender's transfers exceed its allocated baht plus what it received
    ...(
      await run(
        'transfer_over_allocation',
        sql`
      select null::uuid as element_id, null::uuid as plan_id, o.id as organisation_id, null::uuid as budget_line_id, o.name_th, o.name_en,
        coalesce((select sum(allocated_thb) from budget_lines where organisation_id = o.id and fiscal_year = ${fy}), 0)
          + coalesce((select sum(amount) from budget_transfers where to_organisation_id = o.id and fiscal_year = ${fy}), 0) as lim,
        sent.amount as actual
      from organisations o join (select from_organisation_id, sum(amount) as amount from budget_transfers where fiscal_year = ${fy} group by from_organisation_id) sent
        on sent.from_organisation_id = o.id
      where ${inScope('o.id')}`,
      )
    ).filter((f) => !f.excess.startsWith('-') && f.excess !== '0.00'),
    // the part of an element's allocated baht that reaches no national strategy
    ...(await run(
      'unlinked_money',
      sql`
      select e.id as element_id, e.plan_id, b.organisation_id, null::uuid as budget_line_id, e.title_th as name_th, e.title_en as name_en,
        0::numeric as lim, sum(b.allocated_thb) * s.share as actual
      from budget_lines b join budget_element_shares s on s.element_id = b.element_id and s.strategy_id = ${NO_STRATEGY}::uuid
      join plan_elements e on e.id = b.element_id
      where b.fiscal_year = ${fy} and ${inScope('b.organisation_id')}
      group by e.id, e.plan_id, b.organisation_id, e.title_th, e.title_en, s.share
      having sum(b.allocated_thb) * s.share > 0`,
    )),
    // a strategy measured by indicators that no money of the year reaches, through its tree or the
    // linkages into it (the walk stops at the first budgeted contributor, so funded strategies are cheap)
    ...(await run(
      'strategy_without_money',
      sql`
      select e.id as element_id, e.plan_id, p.owner_organisation_id as organisation_id, null::uuid as budget_line_id, e.title_th as name_th, e.title_en as name_en,
        0::numeric as lim, 0::numeric as actual
      from plan_elements e join plans p on p.id = e.plan_id
      where e.kind = 'strategy' and p.fy_start <= ${fy} and p.fy_end >= ${fy} and p.status <> 'closed'
        and exists (select 1 from indicators i where i.element_id = e.id)
        and ${inScope('p.owner_organisation_id')}
        and not exists (
          with recursive down(id) as (
            select e.id
            union
            select x.id from down join lateral (
              select c.id from plan_elements c where c.parent_id = down.id
              union all
              select l.source_element_id from plan_linkages l where l.target_element_id = down.id
            ) x on true
          )
          select 1 from down join budget_lines b on b.element_id = down.id and b.fiscal_year = ${fy} and b.allocated_thb > 0)`,
    )),
  ];
  return { fiscalYear: fy, skipped: [] as BudgetFindingKind[], findings };
}
