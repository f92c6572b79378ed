/**
 * What an agenda item may point at: a plan, plan element or overlap pair that exists and that the
 * secretary may read — a meeting record must not carry a link its own author could not open.
 */
import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import type { FieldProblem } from '../../http/errors.js';
import { readablePlanSql } from '../../plans/plans.queries.js';
import { readablePairSql } from '../overlaps/overlaps.access.js';
import type { AgendaBody } from './meetings.schema.js';

type Kind = 'plan' | 'plan_element' | 'overlap_pair';

function readableIdsSql(actor: Actor, kind: Kind, ids: string[]) {
  const list = sql`${sql.val(ids)}::uuid[]`;
  if (kind === 'plan') {
    return sql<{ id: string }>`select p.id from plans p join organisations o on o.id = p.owner_organisation_id
      where p.id = any(${list}) and ${readablePlanSql(actor)}`;
  }
  if (kind === 'plan_element') {
    return sql<{ id: string }>`select e.id from plan_elements e join plans p on p.id = e.plan_id join organisations o on o.id = p.owner_organisation_id
      where e.id = any(${list}) and ${readablePlanSql(actor)}`;
  }
  return sql<{ id: string }>`select op.id from overlap_pairs op
    join plan_elements ea on ea.id = op.element_a_id join plans pa on pa.id = ea.plan_id join organisations oa on oa.id = pa.owner_organisation_id
    join plan_elements eb on eb.id = op.element_b_id join plans pb on pb.id = eb.plan_id join organisations ob on ob.id = pb.owner_organisation_id
    where op.id = any(${list}) and ${readablePairSql(actor)}`;
}

/** One problem per item whose link names nothing this actor can read (unchanged links of kept items included). */
export async function agendaLinkProblems(db: Db, actor: Actor, items: AgendaBody['items']): Promise<FieldProblem[]> {
  const wanted = new Map<Kind, Set<string>>();
  for (const item of items) if (item.link) (wanted.get(item.link.kind) ?? wanted.set(item.link.kind, new Set()).get(item.link.kind)!).add(item.link.id);
  const found = new Set<string>();
  for (const [kind, ids] of wanted) {
    for (const row of (await readableIdsSql(actor, kind, [...ids]).execute(db)).rows) found.add(`${kind}:${row.id}`);
  }
  return items.flatMap((item, i) =>
    item.link && !found.has(`${item.link.kind}:${item.link.id}`) ? [{ path: `items.${i}.link.id`, key: 'meetings.link_not_found' }] : [],
  );
}
