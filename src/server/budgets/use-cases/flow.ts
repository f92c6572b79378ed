import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { requireAnyScope } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { t } from '../../i18n/i18n.js';
import { fromSatang, toSatang } from '../budgets.money.js';
import type { BudgetFlow, FlowQuery } from '../budgets.schema.js';
import { ensureFlowFresh, NO_STRATEGY } from './flow-aggregates.js';
import { nationalFlowLinks } from './flow-national.js';

type Node = BudgetFlow['nodes'][number];

/**
 * The budget flow of one fiscal year: source → plan level → organisation → national strategy from
 * the maintained aggregates (never the budget lines themselves), plus transfers organisation →
 * organisation. The largest `maxOrganisations` organisations keep their own node: by allocated
 * baht for the whole country (from an index), by allocated baht and transfers within a subtree.
 */
export async function budgetFlow(db: Db, actor: Actor, query: FlowQuery): Promise<BudgetFlow> {
  requireAnyScope(actor, 'private.read');
  let scopePath: string | null = null;
  if (query.organisationId) {
    const org = await db.selectFrom('organisations').select('path').where('id', '=', query.organisationId).executeTakeFirst();
    if (!org) throw new AppError('not_found');
    scopePath = org.path;
  }
  await ensureFlowFresh(db);
  const fy = query.fy;
  if (!scopePath) {
    const links = netTransfers(await nationalFlowLinks(db, fy, query.maxOrganisations));
    return { fiscalYear: fy, organisationId: null, nodes: await nodesFor(db, links), links };
  }
  const scoped = (alias: string) =>
    scopePath ? sql`join organisations so on so.id = ${sql.ref(`${alias}.organisation_id`)} and so.path like ${`${scopePath}%`}` : sql``;
  const orgScoped = (column: string) => (scopePath ? sql`(select path from organisations where id = ${sql.ref(column)}) like ${`${scopePath}%`}` : sql`true`);
  const rows = await sql<{ source: string; target: string; amount: string }>`
    with totals as (
      select t.source, t.level_code, t.organisation_id, t.allocated from budget_flow_totals t ${scoped('t')} where t.fiscal_year = ${fy}
    ), strategies as (
      select s.organisation_id, s.strategy_id, s.allocated from budget_flow_strategies s ${scoped('s')} where s.fiscal_year = ${fy}
    ), transfers as (
      select from_organisation_id, to_organisation_id, sum(amount) as amount from budget_transfers
      where fiscal_year = ${fy} and (${orgScoped('from_organisation_id')} or ${orgScoped('to_organisation_id')})
      group by from_organisation_id, to_organisation_id
    ), weight as (
      select organisation_id, sum(allocated) as amount from totals group by organisation_id
      union all select from_organisation_id, amount from transfers
      union all select to_organisation_id, amount from transfers
    ), ranked as (
      select organisation_id, row_number() over (order by sum(amount) desc, organisation_id) as rank from weight group by organisation_id
    ), node as (
      select organisation_id, case when rank <= ${query.maxOrganisations} then 'org:' || organisation_id::text else 'org:other' end as id from ranked
    )
    select 'source:' || source as source, 'level:' || level_code as target, round(sum(allocated), 2)::text as amount
    from totals group by source, level_code having round(sum(allocated), 2) <> 0
    union all
    select 'level:' || t.level_code, n.id, round(sum(t.allocated), 2)::text
    from totals t join node n using (organisation_id) group by t.level_code, n.id having round(sum(t.allocated), 2) <> 0
    union all
    select n.id, case when s.strategy_id = ${NO_STRATEGY}::uuid then 'strategy:none' else 'strategy:' || s.strategy_id::text end, round(sum(s.allocated), 2)::text
    from strategies s join node n using (organisation_id) group by n.id, s.strategy_id having round(sum(s.allocated), 2) <> 0
    union all
    select f.id, r.id, round(sum(x.amount), 2)::text
    from transfers x join node f on f.organisation_id = x.from_organisation_id join node r on r.organisation_id = x.to_organisation_id
    where f.id <> r.id group by f.id, r.id`.execute(db);

  const links = netTransfers(rows.rows);
  return { fiscalYear: fy, organisationId: query.organisationId ?? null, nodes: await nodesFor(db, links), links };
}

/** A Sankey cannot draw A → B and B → A: keep only the net amount of opposite transfers. */
function netTransfers(links: { source: string; target: string; amount: string }[]) {
  const isTransfer = (l: { source: string; target: string }) => l.source.startsWith('org:') && l.target.startsWith('org:');
  const transfers = new Map(links.filter(isTransfer).map((l) => [`${l.source}|${l.target}`, toSatang(l.amount)]));
  const out = links.filter((l) => !isTransfer(l));
  for (const [key, amount] of transfers) {
    const [source, target] = key.split('|') as [string, string];
    const net = amount - (transfers.get(`${target}|${source}`) ?? 0n);
    if (net > 0n) out.push({ source, target, amount: fromSatang(net) });
  }
  return out;
}

async function nodesFor(db: Db, links: { source: string; target: string }[]): Promise<Node[]> {
  const ids = [...new Set(links.flatMap((l) => [l.source, l.target]))];
  const of = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
  const [orgs, levels, strategies] = await Promise.all([
    of('org:').filter((id) => id !== 'other').length
      ? db
          .selectFrom('organisations')
          .select(['id', 'name_th', 'name_en'])
          .where(
            'id',
            'in',
            of('org:').filter((id) => id !== 'other'),
          )
          .execute()
      : [],
    of('level:').length ? db.selectFrom('plan_levels').select(['code', 'rank', 'name_th', 'name_en']).where('code', 'in', of('level:')).execute() : [],
    of('strategy:').filter((id) => id !== 'none').length
      ? db
          .selectFrom('plan_elements')
          .select(['id', 'code', 'title_th', 'title_en'])
          .where(
            'id',
            'in',
            of('strategy:').filter((id) => id !== 'none'),
          )
          .execute()
      : [],
  ]);
  const named = (key: string) => ({ name_th: t('th', key), name_en: t('en', key) });
  const nodes: Node[] = [];
  for (const source of of('source:')) nodes.push({ id: `source:${source}`, kind: 'source', ...named(`budgets.source.${source}`) });
  for (const l of [...levels].sort((a, b) => b.rank - a.rank)) nodes.push({ id: `level:${l.code}`, kind: 'level', name_th: l.name_th, name_en: l.name_en });
  for (const o of orgs) nodes.push({ id: `org:${o.id}`, kind: 'organisation', name_th: o.name_th, name_en: o.name_en });
  if (ids.includes('org:other')) nodes.push({ id: 'org:other', kind: 'organisation', ...named('budgets.flow.other_organisations') });
  for (const s of [...strategies].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '')))
    nodes.push({ id: `strategy:${s.id}`, kind: 'strategy', name_th: s.title_th, name_en: s.title_en });
  if (ids.includes('strategy:none')) nodes.push({ id: 'strategy:none', kind: 'strategy', ...named('budgets.flow.no_strategy') });
  return nodes;
}
