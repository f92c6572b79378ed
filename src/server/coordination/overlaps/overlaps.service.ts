/** Overlap detection over the plans' projects: the while-typing check, the area list and one pair. */
import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { requireOrganisation } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { fieldError } from '../../http/errors.js';
import type { Locale } from '../../i18n/i18n.js';
import { readablePlanSql } from '../../plans/plans.queries.js';
import { budgetsOfElements } from './overlaps.budget.js';
import { matchRows } from './overlaps.features-cache.js';
import { readablePairSql, requireReadablePair } from './overlaps.access.js';
import { loadPair, refreshArea } from './overlaps.pairs.js';
import { areaBlockSql, loadProjects, loadProjectsByIds, periodBlockSql } from './overlaps.projects.js';
import { createResolutions } from './overlaps.resolve.js';
import type { CheckBody, CheckResult, ListQuery, PairDetail, PairView } from './overlaps.schema.js';
import { pairView, type PairRow, projectSide, reasonViews, resolutionHistory, sharedWords } from './overlaps.views.js';

export function createOverlapsService(db: Db) {
  async function getPair(actor: Actor | null, locale: Locale, pairId: string): Promise<PairDetail> {
    const { pair, a, b, projects } = await loadPair(db, pairId);
    requireReadablePair(actor, a, b);
    const budgets = await budgetsOfElements(db, [pair.element_a_id, pair.element_b_id]);
    return { ...pairView(locale, pair, projects, budgets), history: await resolutionHistory(db, pairId) };
  }

  return {
    getPair,

    /** While a planner types: existing projects of other organisations the draft overlaps, best first. */
    async check(actor: Actor, locale: Locale, body: CheckBody): Promise<CheckResult> {
      if (body.ownerOrganisationId) await requireOrganisation(db, actor, 'plan.edit', body.ownerOrganisationId);
      if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) throw fieldError('endsOn', 'overlaps.period_order');
      if (body.areaCodes.length === 0 || !(body.titleTh?.trim() || body.titleEn?.trim())) return { candidates: [] };
      const conditions = [areaBlockSql(body.areaCodes), periodBlockSql(body.startsOn, body.endsOn), readablePlanSql(actor)];
      if (body.ownerOrganisationId) conditions.push(sql`p.owner_organisation_id <> ${body.ownerOrganisationId}`);
      if (body.elementId) conditions.push(sql`e.id <> ${body.elementId}`);
      const rows = await loadProjects(db, conditions);
      const draft = {
        id: 'draft',
        ownerId: body.ownerOrganisationId ?? 'draft',
        titleTh: body.titleTh,
        titleEn: body.titleEn,
        description: body.description,
        areaCodes: body.areaCodes,
        functionCodes: body.functionCodes,
        startDate: body.startsOn,
        endDate: body.endsOn,
      };
      return {
        candidates: matchRows(draft, rows, body.limit).map((m) => ({
          project: projectSide(m.row),
          score: Math.round(m.score * 10_000) / 10_000,
          reasons: reasonViews(locale, m.reasons),
          sharedWords: sharedWords(m.reasons),
        })),
      };
    },

    /** Candidate pairs of an area, recomputed (bounded) and stored, filtered to what the actor may read. */
    async list(actor: Actor, locale: Locale, query: ListQuery): Promise<{ items: PairView[]; total: number }> {
      await db.transaction().execute((trx) => refreshArea(trx, query.area));
      const where = sql`op.status = ${query.status} and (${areaBlockSql([query.area], 'ea')} or ${areaBlockSql([query.area], 'eb')}) and ${readablePairSql(actor)}
        and pa.status <> 'closed' and pb.status <> 'closed'`;
      const from = sql`from overlap_pairs op
        join plan_elements ea on ea.id = op.element_a_id join plans pa on pa.id = ea.plan_id join organisations oa on oa.id = pa.owner_organisation_id
        join plan_elements eb on eb.id = op.element_b_id join plans pb on pb.id = eb.plan_id join organisations ob on ob.id = pb.owner_organisation_id`;
      const [page, count] = await Promise.all([
        sql<PairRow>`select op.* ${from} where ${where} order by op.score desc, op.id limit ${query.limit} offset ${query.offset}`.execute(db),
        sql<{ n: string }>`select count(*) as n ${from} where ${where}`.execute(db),
      ]);
      const elementIds = page.rows.flatMap((p) => [p.element_a_id, p.element_b_id]);
      const [rows, budgets] = await Promise.all([loadProjectsByIds(db, elementIds), budgetsOfElements(db, elementIds)]);
      const projects = new Map(rows.map((r) => [r.id, r]));
      return { items: page.rows.map((p) => pairView(locale, p, projects, budgets)), total: Number(count.rows[0]?.n ?? 0) };
    },

    ...createResolutions(db, getPair),
  };
}

export type OverlapsService = ReturnType<typeof createOverlapsService>;
