import { type SqlBool, sql } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { scopePaths } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { likeEscape } from '../http/list.js';
import type { ElementView, PlanView } from './plans.schema.js';
import { PUBLIC_STATUSES, type PlanElementsTable, type PlansTable } from './plans.tables.js';

type Selected<T> = { [K in keyof T]: T[K] extends import('kysely').ColumnType<infer S, unknown, unknown> ? S : T[K] };
export type PlanRow = Selected<PlansTable> & { owner_name_th: string; owner_name_en: string; owner_path: string };
export type ElementRow = Selected<PlanElementsTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toPlanView(r: PlanRow): PlanView {
  return {
    id: r.id,
    familyId: r.family_id,
    versionNumber: r.version_number,
    code: r.code,
    ownerOrganisationId: r.owner_organisation_id,
    ownerNameTh: r.owner_name_th,
    ownerNameEn: r.owner_name_en,
    levelCode: r.level_code,
    levelRank: r.level_rank,
    fyStart: r.fy_start,
    fyEnd: r.fy_end,
    titleTh: r.title_th,
    titleEn: r.title_en,
    description: r.description,
    status: r.status,
    returnComment: r.return_comment,
    isReference: r.is_reference,
    version: r.version,
    submittedAt: iso(r.submitted_at),
    approvedAt: iso(r.approved_at),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function toElementView(r: ElementRow): ElementView {
  return {
    id: r.id,
    planId: r.plan_id,
    parentId: r.parent_id,
    lineageId: r.lineage_id,
    kind: r.kind,
    code: r.code,
    sortOrder: r.sort_order,
    titleTh: r.title_th,
    titleEn: r.title_en,
    description: r.description,
    areaCodes: r.area_codes,
    functionCodes: r.function_codes,
    leadOrganisationId: r.lead_organisation_id,
    coOrganisationIds: r.co_organisation_ids,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    governmentPriority: r.government_priority,
    areaPriority: r.area_priority,
    isPilot: r.is_pilot,
    pilotHypothesis: r.pilot_hypothesis,
    pilotEvaluation: r.pilot_evaluation,
    pilotDecision: r.pilot_decision,
    version: r.version,
  };
}

export function selectPlans(db: Db) {
  return db
    .selectFrom('plans as p')
    .innerJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .selectAll('p')
    .select(['o.name_th as owner_name_th', 'o.name_en as owner_name_en', 'o.path as owner_path']);
}

export async function findPlan(db: Db, planId: string): Promise<PlanRow | undefined> {
  return (await selectPlans(db).where('p.id', '=', planId).executeTakeFirst()) as PlanRow | undefined;
}

/** Plans the actor may read: public statuses, or an owner inside the actor's `private.read` reach. */
export function readablePlanSql(actor: Actor | null, plan = 'p', ownerPath = 'o.path') {
  const roots = actor ? scopePaths(actor, 'private.read') : [];
  const ors = [sql`${sql.ref(`${plan}.status`)} in (${sql.join(PUBLIC_STATUSES)})`];
  for (const root of roots) ors.push(sql`${sql.ref(ownerPath)} like ${`${likeEscape(root)}%`}`);
  return sql<SqlBool>`(${sql.join(ors, sql` or `)})`;
}

export async function findElement(db: Db, elementId: string): Promise<ElementRow | undefined> {
  return (await db.selectFrom('plan_elements').selectAll().where('id', '=', elementId).executeTakeFirst()) as ElementRow | undefined;
}

/** The element and every element below it in its plan. */
export async function subtreeIds(db: Db, elementId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with recursive sub(id) as (
      select id from plan_elements where id = ${elementId}
      union all
      select e.id from plan_elements e join sub on e.parent_id = sub.id
    ) select id from sub`.execute(db);
  return rows.rows.map((r) => r.id);
}
