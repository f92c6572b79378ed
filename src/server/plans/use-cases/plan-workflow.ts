import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import { requireOrganisation } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import { likeEscape } from '../../http/list.js';
import { requireEditablePlan, requirePlanPermission, requireReadablePlan, requireVersion } from '../plans.access.js';
import { findPlan, readablePlanSql, selectPlans, toPlanView, type PlanRow } from '../plans.queries.js';
import type { CreatePlanBody, PlanListQuery, PlanView, UpdatePlanBody } from '../plans.schema.js';
import type { PlanStatus } from '../plans.tables.js';

export type Transition = 'submit' | 'approve' | 'return' | 'activate' | 'close';

/** Which statuses each transition starts from, where it goes, and who may do it. */
const TRANSITIONS: Record<Transition, { from: PlanStatus[]; to: PlanStatus; permission: 'plan.edit' | 'plan.approve' }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'plan.edit' },
  approve: { from: ['submitted'], to: 'approved', permission: 'plan.approve' },
  return: { from: ['submitted'], to: 'returned', permission: 'plan.approve' },
  activate: { from: ['approved'], to: 'active', permission: 'plan.approve' },
  close: { from: ['approved', 'active'], to: 'closed', permission: 'plan.approve' },
};

const planSnapshot = (p: Pick<PlanRow, 'status' | 'version' | 'title_th' | 'title_en' | 'fy_start' | 'fy_end' | 'description'>) => ({
  status: p.status,
  version: p.version,
  titleTh: p.title_th,
  titleEn: p.title_en,
  fyStart: p.fy_start,
  fyEnd: p.fy_end,
  description: p.description,
});

async function reload(db: Db, planId: string): Promise<PlanView> {
  return toPlanView((await findPlan(db, planId))!);
}

export function createPlanWorkflow(db: Db) {
  return {
    async listLevels() {
      const rows = await db.selectFrom('plan_levels').selectAll().orderBy('rank', 'desc').execute();
      return rows.map((r) => ({ code: r.code, rank: r.rank, tier: r.tier, nameTh: r.name_th, nameEn: r.name_en }));
    },

    async listPlans(actor: Actor | null, query: PlanListQuery) {
      let base = db.selectFrom('plans as p').innerJoin('organisations as o', 'o.id', 'p.owner_organisation_id').where(readablePlanSql(actor));
      if (query.ownerId) base = base.where('p.owner_organisation_id', '=', query.ownerId);
      if (query.level) base = base.where('p.level_code', '=', query.level);
      if (query.status) base = base.where('p.status', '=', query.status);
      if (query.fy) base = base.where('p.fy_start', '<=', query.fy).where('p.fy_end', '>=', query.fy);
      if (query.q) {
        const pattern = `%${likeEscape(query.q)}%`;
        base = base.where((eb) => eb.or([eb('p.title_th', 'ilike', pattern), eb('p.title_en', 'ilike', pattern), eb('p.code', 'ilike', pattern)]));
      }
      const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll('p')
        .select(['o.name_th as owner_name_th', 'o.name_en as owner_name_en', 'o.path as owner_path'])
        .orderBy('p.level_rank', 'desc')
        .orderBy('p.title_en')
        .orderBy('p.version_number', 'desc')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      return { items: rows.map((r) => toPlanView(r as PlanRow)), total: Number(total) };
    },

    async getPlan(actor: Actor | null, planId: string) {
      return toPlanView(await requireReadablePlan(db, actor, planId));
    },

    async createPlan(actor: Actor, input: CreatePlanBody): Promise<PlanView> {
      await requireOrganisation(db, actor, 'plan.edit', input.ownerOrganisationId);
      const level = await db.selectFrom('plan_levels').select(['code', 'rank']).where('code', '=', input.levelCode).executeTakeFirst();
      if (!level) throw fieldError('levelCode', 'plans.unknown_level');
      if (input.fyStart > input.fyEnd) throw fieldError('fyEnd', 'plans.fy_order');
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('plans')
          .values({
            id,
            family_id: id,
            owner_organisation_id: input.ownerOrganisationId,
            level_code: level.code,
            level_rank: level.rank,
            fy_start: input.fyStart,
            fy_end: input.fyEnd,
            title_th: input.titleTh,
            title_en: input.titleEn,
            description: input.description ?? null,
            code: input.code ?? null,
            created_by: actor.userId,
          })
          .execute();
        await recordAudit(trx, actor, { entity: 'plan', entityId: id, action: 'create', organisationId: input.ownerOrganisationId, after: input });
      });
      return reload(db, id);
    },

    async updatePlan(actor: Actor, planId: string, input: UpdatePlanBody): Promise<PlanView> {
      const plan = await requireEditablePlan(db, actor, planId);
      requireVersion(plan.version, input.version);
      const fyStart = input.fyStart ?? plan.fy_start;
      const fyEnd = input.fyEnd ?? plan.fy_end;
      if (fyStart > fyEnd) throw fieldError('fyEnd', 'plans.fy_order');
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('plans')
          .set({
            fy_start: fyStart,
            fy_end: fyEnd,
            title_th: input.titleTh ?? plan.title_th,
            title_en: input.titleEn ?? plan.title_en,
            description: input.description === undefined ? plan.description : input.description,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', planId)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'plan',
          entityId: planId,
          action: 'update',
          organisationId: plan.owner_organisation_id,
          before: planSnapshot(plan),
          after: input,
        });
      });
      return reload(db, planId);
    },

    /** One step of draft → submitted → approved | returned → active → closed. */
    async transition(actor: Actor, planId: string, action: Transition, version: number, comment?: string): Promise<PlanView> {
      const plan = await requireReadablePlan(db, actor, planId);
      const rule = TRANSITIONS[action];
      requirePlanPermission(actor, rule.permission, plan);
      if (plan.is_reference) throw new AppError('conflict', { messageKey: 'plans.reference_read_only' });
      requireVersion(plan.version, version);
      if (!rule.from.includes(plan.status)) throw new AppError('conflict', { messageKey: `plans.cannot.${action}` });
      if (action === 'return' && !comment?.trim()) throw fieldError('comment', 'plans.return_comment_required');
      await db.transaction().execute(async (trx) => {
        const now = new Date();
        const result = await trx
          .updateTable('plans')
          .set({
            status: rule.to,
            version: sql`version + 1`,
            updated_at: now,
            ...(action === 'submit' ? { submitted_at: now } : {}),
            ...(action === 'approve' ? { approved_at: now, approved_by: actor.userId, return_comment: null } : {}),
            ...(action === 'return' ? { return_comment: comment!.trim() } : {}),
          })
          .where('id', '=', planId)
          .where('version', '=', version)
          .where('status', 'in', rule.from)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        if (action === 'activate') {
          // one active version per plan: activating a revision closes the version it supersedes
          await trx
            .updateTable('plans')
            .set({ status: 'closed', version: sql`version + 1`, updated_at: now })
            .where('family_id', '=', plan.family_id)
            .where('id', '<>', planId)
            .where('status', '=', 'active')
            .execute();
        }
        await recordAudit(trx, actor, {
          entity: 'plan',
          entityId: planId,
          action,
          organisationId: plan.owner_organisation_id,
          before: { status: plan.status, version: plan.version },
          after: { status: rule.to, comment: comment ?? undefined },
        });
      });
      return reload(db, planId);
    },

    /** A new draft version of an approved/active/closed plan: a copy of its tree and outgoing linkages. */
    async createRevision(actor: Actor, planId: string): Promise<PlanView> {
      const plan = await requireReadablePlan(db, actor, planId);
      requirePlanPermission(actor, 'plan.edit', plan);
      if (plan.is_reference) throw new AppError('conflict', { messageKey: 'plans.reference_read_only' });
      if (!['approved', 'active', 'closed'].includes(plan.status)) throw new AppError('conflict', { messageKey: 'plans.not_revisable' });
      const open = await db
        .selectFrom('plans')
        .select('version_number')
        .where('family_id', '=', plan.family_id)
        .where('status', 'in', ['draft', 'submitted', 'returned'])
        .executeTakeFirst();
      if (open) throw new AppError('conflict', { messageKey: 'plans.draft_revision_exists', params: { version: open.version_number } });
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        const { next } = await trx
          .selectFrom('plans')
          .select((eb) => eb.fn.max('version_number').as('next'))
          .where('family_id', '=', plan.family_id)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('plans')
          .values({
            id,
            family_id: plan.family_id,
            version_number: Number(next) + 1,
            code: plan.code,
            owner_organisation_id: plan.owner_organisation_id,
            level_code: plan.level_code,
            level_rank: plan.level_rank,
            fy_start: plan.fy_start,
            fy_end: plan.fy_end,
            title_th: plan.title_th,
            title_en: plan.title_en,
            description: plan.description,
            created_by: actor.userId,
          })
          .execute();
        await copyTree(trx, planId, id);
        await recordAudit(trx, actor, {
          entity: 'plan',
          entityId: id,
          action: 'revise',
          organisationId: plan.owner_organisation_id,
          before: { planId, versionNumber: plan.version_number },
          after: { versionNumber: Number(next) + 1 },
        });
      });
      return reload(db, id);
    },

    async listVersions(actor: Actor | null, planId: string) {
      const plan = await requireReadablePlan(db, actor, planId);
      const rows = await selectPlans(db).where('p.family_id', '=', plan.family_id).where(readablePlanSql(actor)).orderBy('p.version_number', 'desc').execute();
      return rows.map((r) => ({
        id: r.id,
        versionNumber: r.version_number,
        status: r.status,
        createdAt: r.created_at.toISOString(),
        approvedAt: r.approved_at?.toISOString() ?? null,
      }));
    },
  };
}

/** Copies every element (same lineage, new ids, same shape) and each element's outgoing linkages. */
async function copyTree(trx: Db, fromPlanId: string, toPlanId: string): Promise<void> {
  await sql`
    with m as materialized (select id as old_id, gen_random_uuid() as new_id from plan_elements where plan_id = ${fromPlanId})
    insert into plan_elements (id, plan_id, parent_id, lineage_id, kind, code, sort_order, title_th, title_en, description,
      area_codes, function_codes, lead_organisation_id, co_organisation_ids, starts_on, ends_on, government_priority,
      area_priority, is_pilot, pilot_hypothesis, pilot_evaluation, pilot_decision)
    select m.new_id, ${toPlanId}, pm.new_id, e.lineage_id, e.kind, e.code, e.sort_order, e.title_th, e.title_en, e.description,
      e.area_codes, e.function_codes, e.lead_organisation_id, e.co_organisation_ids, e.starts_on, e.ends_on, e.government_priority,
      e.area_priority, e.is_pilot, e.pilot_hypothesis, e.pilot_evaluation, e.pilot_decision
    from plan_elements e join m on m.old_id = e.id left join m pm on pm.old_id = e.parent_id`.execute(trx);
  await sql`
    insert into plan_linkages (source_element_id, target_element_id, source_plan_id, target_plan_id, mode, weight, rationale, created_by)
    select n.id, l.target_element_id, ${toPlanId}, l.target_plan_id, l.mode, l.weight, l.rationale, l.created_by
    from plan_linkages l
    join plan_elements o on o.id = l.source_element_id
    join plan_elements n on n.plan_id = ${toPlanId} and n.lineage_id = o.lineage_id
    where l.source_plan_id = ${fromPlanId}`.execute(trx);
}

export type PlanWorkflow = ReturnType<typeof createPlanWorkflow>;
