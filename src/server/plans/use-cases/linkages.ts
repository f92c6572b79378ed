import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import { likeEscape } from '../../http/list.js';
import { canReadPlan, requireEditableElement, requireReadableElement, requireVersion } from '../plans.access.js';
import { findElement, findPlan, readablePlanSql } from '../plans.queries.js';
import { withUpwardFrom } from '../upward-walk.js';
import type { CreateLinkageBody, ElementRef, LinkageView, SearchQuery, UpdateLinkageBody } from '../linkages.schema.js';

/** True when `sourceId` is already reachable upward from `targetId` (tree parents and linkages). */
async function reachesUpward(db: Db, fromId: string, soughtId: string): Promise<boolean> {
  const rows = await sql<{ found: boolean }>`
    ${withUpwardFrom(fromId)} select exists (select 1 from up where id = ${soughtId}::uuid) as found`.execute(db);
  return rows.rows[0]?.found === true;
}

/** Splits a search into words: Thai has no spaces, so `Intl.Segmenter` finds the word boundaries. */
export function searchWords(q: string): string[] {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const words = [...segmenter.segment(q.normalize('NFC'))].filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase());
  return [...new Set(words)].slice(0, 10);
}

const levelParams = (l: { name_th: string; name_en: string }, prefix: string) => ({ [`${prefix}Th`]: l.name_th, [`${prefix}En`]: l.name_en });

async function linkageViews(db: Db, column: 'source_element_id' | 'target_element_id', elementId: string): Promise<LinkageView[]> {
  const other = column === 'source_element_id' ? 'target_element_id' : 'source_element_id';
  const rows = await db
    .selectFrom('plan_linkages as l')
    .innerJoin('plan_elements as e', 'e.id', `l.${other}`)
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .selectAll('l')
    .select(['e.title_th as other_th', 'e.title_en as other_en', 'p.title_th as plan_th', 'p.title_en as plan_en'])
    .where(`l.${column}`, '=', elementId)
    .orderBy('p.level_rank', 'desc')
    .orderBy('e.title_en')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sourceElementId: r.source_element_id,
    targetElementId: r.target_element_id,
    sourcePlanId: r.source_plan_id,
    targetPlanId: r.target_plan_id,
    mode: r.mode,
    weight: Number(r.weight),
    rationale: r.rationale,
    version: r.version,
    otherTitleTh: r.other_th,
    otherTitleEn: r.other_en,
    otherPlanTitleTh: r.plan_th,
    otherPlanTitleEn: r.plan_en,
  }));
}

export function createLinkages(db: Db) {
  return {
    async listLinkages(actor: Actor | null, elementId: string) {
      await requireReadableElement(db, actor, elementId);
      const [outgoing, incoming] = await Promise.all([linkageViews(db, 'source_element_id', elementId), linkageViews(db, 'target_element_id', elementId)]);
      // incoming linkages from plans the actor cannot read are not shown
      const readable = new Set<string>();
      for (const planId of new Set(incoming.map((l) => l.sourcePlanId))) {
        const plan = await findPlan(db, planId);
        if (plan && canReadPlan(actor, plan)) readable.add(planId);
      }
      return { outgoing, incoming: incoming.filter((l) => readable.has(l.sourcePlanId)) };
    },

    /** Links an element up to an element of a higher-level plan; every refusal says why. */
    async createLinkage(actor: Actor, sourceId: string, input: CreateLinkageBody): Promise<LinkageView> {
      const { element: source, plan: sourcePlan } = await requireEditableElement(db, actor, sourceId);
      const target = await findElement(db, input.targetElementId);
      if (!target) throw fieldError('targetElementId', 'plans.linkage_target_missing');
      const targetPlan = (await findPlan(db, target.plan_id))!;
      if (!canReadPlan(actor, targetPlan)) throw new AppError('forbidden', { messageKey: 'plans.linkage_unreadable' });
      if (target.id === source.id || (await reachesUpward(db, target.id, source.id))) throw fieldError('targetElementId', 'plans.linkage_cycle');
      if (targetPlan.level_rank <= sourcePlan.level_rank) {
        const levels = await db.selectFrom('plan_levels').selectAll().where('code', 'in', [sourcePlan.level_code, targetPlan.level_code]).execute();
        const name = (code: string) => levels.find((l) => l.code === code)!;
        throw fieldError('targetElementId', 'plans.linkage_level', {
          ...levelParams(name(targetPlan.level_code), 'target'),
          ...levelParams(name(sourcePlan.level_code), 'source'),
        });
      }
      if (sourcePlan.fy_start > targetPlan.fy_end || targetPlan.fy_start > sourcePlan.fy_end) {
        throw fieldError('targetElementId', 'plans.linkage_period', {
          sourceFrom: sourcePlan.fy_start,
          sourceTo: sourcePlan.fy_end,
          targetFrom: targetPlan.fy_start,
          targetTo: targetPlan.fy_end,
        });
      }
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('plan_linkages')
          .values({
            source_element_id: source.id,
            target_element_id: target.id,
            source_plan_id: sourcePlan.id,
            target_plan_id: targetPlan.id,
            mode: input.mode,
            weight: input.weight,
            rationale: input.rationale ?? null,
            created_by: actor.userId,
          })
          .onConflict((oc) => oc.columns(['source_element_id', 'target_element_id']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!row) throw new AppError('conflict', { messageKey: 'plans.linkage_duplicate' });
        await recordAudit(trx, actor, {
          entity: 'plan_linkage',
          entityId: row.id,
          action: 'create',
          organisationId: sourcePlan.owner_organisation_id,
          after: { sourceElementId: source.id, ...input },
        });
        return row.id;
      });
      return (await linkageViews(db, 'source_element_id', source.id)).find((l) => l.id === id)!;
    },

    async updateLinkage(actor: Actor, linkageId: string, input: UpdateLinkageBody): Promise<LinkageView> {
      const linkage = await db.selectFrom('plan_linkages').selectAll().where('id', '=', linkageId).executeTakeFirst();
      if (!linkage) throw new AppError('not_found');
      const { plan } = await requireEditableElement(db, actor, linkage.source_element_id);
      requireVersion(linkage.version, input.version);
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('plan_linkages')
          .set({
            ...(input.mode ? { mode: input.mode } : {}),
            ...(input.weight !== undefined ? { weight: input.weight } : {}),
            ...(input.rationale !== undefined ? { rationale: input.rationale } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', linkageId)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'plan_linkage',
          entityId: linkageId,
          action: 'update',
          organisationId: plan.owner_organisation_id,
          before: { mode: linkage.mode, weight: linkage.weight, rationale: linkage.rationale },
          after: input,
        });
      });
      return (await linkageViews(db, 'source_element_id', linkage.source_element_id)).find((l) => l.id === linkageId)!;
    },

    async deleteLinkage(actor: Actor, linkageId: string, version: number): Promise<void> {
      const linkage = await db.selectFrom('plan_linkages').selectAll().where('id', '=', linkageId).executeTakeFirst();
      if (!linkage) throw new AppError('not_found');
      const { plan } = await requireEditableElement(db, actor, linkage.source_element_id);
      requireVersion(linkage.version, version);
      await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('plan_linkages').where('id', '=', linkageId).where('version', '=', version).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'plan_linkage',
          entityId: linkageId,
          action: 'delete',
          organisationId: plan.owner_organisation_id,
          before: linkage,
        });
      });
    },

    /** Target picker: elements of readable plans whose text contains every word of `q` (Thai or English). */
    async searchTargets(actor: Actor | null, query: SearchQuery): Promise<ElementRef[]> {
      const words = searchWords(query.q);
      if (words.length === 0) return [];
      const conditions = words.map((w) => sql`(e.title_th || ' ' || e.title_en || ' ' || coalesce(e.code, '')) ilike ${`%${likeEscape(w)}%`}`);
      conditions.push(readablePlanSql(actor));
      if (query.kind) conditions.push(sql`e.kind = ${query.kind}`);
      if (query.minLevel) conditions.push(sql`p.level_rank >= (select rank from plan_levels where code = ${query.minLevel})`);
      if (query.forElementId) {
        const { plan } = await requireReadableElement(db, actor, query.forElementId);
        conditions.push(sql`p.level_rank > ${plan.level_rank} and p.fy_start <= ${plan.fy_end} and p.fy_end >= ${plan.fy_start}`);
      }
      const rows = await sql<ElementRef>`
        select e.id, e.kind, e.code, e.title_th as "titleTh", e.title_en as "titleEn", p.id as "planId", p.title_th as "planTitleTh",
          p.title_en as "planTitleEn", p.status as "planStatus", p.level_code as "levelCode", p.level_rank as "levelRank",
          p.owner_organisation_id as "ownerOrganisationId", e.lead_organisation_id as "leadOrganisationId"
        from plan_elements e join plans p on p.id = e.plan_id join organisations o on o.id = p.owner_organisation_id
        where ${sql.join(conditions, sql` and `)}
        order by p.level_rank desc, p.title_en, e.sort_order
        limit ${query.limit}`.execute(db);
      return rows.rows;
    },
  };
}
