import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError, type FieldProblem } from '../http/errors.js';
import { requirePlanPermission, requireReadableElement, requireVersion } from '../plans/plans.access.js';
import type { PlanRow } from '../plans/plans.queries.js';
import { withUpwardFrom } from '../plans/upward-walk.js';
import { createProgressReports } from './progress-reports.js';
import type { CreateIndicatorBody, IndicatorListQuery, IndicatorSummary, IndicatorView, UpdateIndicatorBody } from './indicators.schema.js';
import { findIndicator, indicatorViews, type IndicatorRow, searchIndicators } from './indicators.queries.js';
import { areaProblems, periodProblem, valueProblem } from './indicators.validation.js';
import { rebuildIndicator } from './rollups.maintain.js';

/**
 * Indicators are set up by whoever holds `plan.edit` over the plan's owner, on a plan in any state
 * but closed (monitoring is defined after approval too, and the Secretariat attaches indicators to
 * the read-only national reference plans). Changes that move roll-ups rebuild them in the same transaction.
 */
async function requireIndicatorEditor(db: Db, actor: Actor, elementId: string) {
  const { element, plan } = await requireReadableElement(db, actor, elementId);
  requirePlanPermission(actor, 'plan.edit', plan);
  if (plan.status === 'closed') throw new AppError('conflict', { messageKey: 'results.plan_closed' });
  return { element, plan };
}

type Fields = Partial<CreateIndicatorBody>;

/** Every field rule that needs the database; all problems at once. */
async function validate(
  db: Db,
  plan: PlanRow,
  elementId: string,
  self: IndicatorRow | null,
  input: Fields,
  merged: Pick<IndicatorRow, 'unit' | 'area_breakdown'>,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const { unit } = merged;
  if (input.baselineValue !== undefined || input.baselineFy !== undefined) {
    const value = input.baselineValue !== undefined ? input.baselineValue : (self?.baseline_value ?? null);
    const fy = input.baselineFy !== undefined ? input.baselineFy : (self?.baseline_fy ?? null);
    if ((value === null) !== (fy === null)) problems.push({ path: value === null ? 'baselineValue' : 'baselineFy', key: 'results.baseline_pair' });
    if (value !== null) {
      const p = valueProblem(unit, value);
      if (p) problems.push({ path: 'baselineValue', key: p });
    }
  }
  if (input.responsibleOrganisationId) {
    const org = await db.selectFrom('organisations').select('id').where('id', '=', input.responsibleOrganisationId).executeTakeFirst();
    if (!org) problems.push({ path: 'responsibleOrganisationId', key: 'results.unknown_organisation' });
  }
  if (input.targets) {
    const seen = new Set<string>();
    input.targets.forEach((t, i) => {
      const period = periodProblem(t.period, plan, `targets.${i}.period`);
      if (period) problems.push(period);
      const key = `${t.period}|${t.areaCode ?? ''}`;
      if (seen.has(key)) problems.push({ path: `targets.${i}.period`, key: 'results.duplicate_target' });
      seen.add(key);
      const value = valueProblem(unit, t.value);
      if (value) problems.push({ path: `targets.${i}.value`, key: value });
    });
    const withArea = input.targets.map((t, i) => ({ path: `targets.${i}.areaCode`, areaCode: t.areaCode })).filter((c) => c.areaCode);
    problems.push(...(await areaProblems(db, merged.area_breakdown, withArea)));
  }
  if (input.contributesToIndicatorId) {
    const target = await findIndicator(db, input.contributesToIndicatorId);
    const path = 'contributesToIndicatorId';
    if (!target) problems.push({ path, key: 'results.contributes_missing' });
    else if (target.unit !== unit) problems.push({ path, key: 'results.contributes_unit', params: { unit: target.unit } });
    else {
      // strictly above: reached upward from this element through tree parents and linkages, and not the element itself
      const above = await sql<{
        found: boolean;
      }>`${withUpwardFrom(elementId)} select exists (select 1 from up where id = ${target.element_id}::uuid and id <> ${elementId}::uuid) as found`.execute(db);
      if (!above.rows[0]?.found) problems.push({ path, key: 'results.contributes_not_above' });
      else if (self) {
        const chain = await sql<{ found: boolean }>`
          with recursive up(id) as (select ${target.id}::uuid union select i.contributes_to_indicator_id from indicators i join up on i.id = up.id where i.contributes_to_indicator_id is not null)
          select exists (select 1 from up where id = ${self.id}::uuid) as found`.execute(db);
        if (chain.rows[0]?.found) problems.push({ path, key: 'results.contributes_cycle' });
      }
    }
  }
  return problems;
}

async function replaceTargets(trx: Db, indicatorId: string, targets: Fields['targets']): Promise<void> {
  if (!targets) return;
  await trx.deleteFrom('indicator_targets').where('indicator_id', '=', indicatorId).execute();
  if (targets.length)
    await trx
      .insertInto('indicator_targets')
      .values(targets.map((t) => ({ indicator_id: indicatorId, period: t.period, area_code: t.areaCode ?? '', value: t.value })))
      .execute();
}

const columns = (input: Fields) => ({
  ...(input.code !== undefined ? { code: input.code } : {}),
  ...(input.nameTh !== undefined ? { name_th: input.nameTh } : {}),
  ...(input.nameEn !== undefined ? { name_en: input.nameEn } : {}),
  ...(input.kind !== undefined ? { kind: input.kind } : {}),
  ...(input.unit !== undefined ? { unit: input.unit } : {}),
  ...(input.unitLabelTh !== undefined ? { unit_label_th: input.unitLabelTh } : {}),
  ...(input.unitLabelEn !== undefined ? { unit_label_en: input.unitLabelEn } : {}),
  ...(input.direction !== undefined ? { direction: input.direction } : {}),
  ...(input.rollupRule !== undefined ? { rollup_rule: input.rollupRule } : {}),
  ...(input.baselineValue !== undefined ? { baseline_value: input.baselineValue } : {}),
  ...(input.baselineFy !== undefined ? { baseline_fy: input.baselineFy } : {}),
  ...(input.responsibleOrganisationId !== undefined ? { responsible_organisation_id: input.responsibleOrganisationId } : {}),
  ...(input.areaBreakdown !== undefined ? { area_breakdown: input.areaBreakdown } : {}),
  ...(input.contributesToIndicatorId !== undefined ? { contributes_to_indicator_id: input.contributesToIndicatorId } : {}),
  ...(input.contributionWeight !== undefined ? { contribution_weight: input.contributionWeight } : {}),
});

const withoutTargets = ({ targets, ...rest }: Fields) => ({ ...rest, targetCount: targets?.length });

export function createIndicatorsService(db: Db) {
  const one = async (id: string) => (await indicatorViews(db, { ids: [id] }))[0]!;
  return {
    async listIndicators(actor: Actor | null, elementId: string): Promise<IndicatorView[]> {
      await requireReadableElement(db, actor, elementId);
      return indicatorViews(db, { elementId });
    },

    /** Any readable indicator, e.g. those with an area breakdown for the map or an agent's for agreement KPIs. */
    async searchIndicators(actor: Actor | null, query: IndicatorListQuery): Promise<{ items: IndicatorSummary[]; total: number }> {
      let responsiblePath: string | null = null;
      if (query.responsibleOrganisationId) {
        const org = await db.selectFrom('organisations').select('path').where('id', '=', query.responsibleOrganisationId).executeTakeFirst();
        if (!org) throw new AppError('validation_failed', { fields: [{ path: 'responsibleOrganisationId', key: 'results.unknown_organisation' }] });
        responsiblePath = org.path;
      }
      return searchIndicators(db, actor, query, responsiblePath);
    },

    async getIndicator(actor: Actor | null, id: string): Promise<IndicatorView> {
      const indicator = await findIndicator(db, id);
      if (!indicator) throw new AppError('not_found');
      await requireReadableElement(db, actor, indicator.element_id);
      return one(id);
    },

    async createIndicator(actor: Actor, elementId: string, input: CreateIndicatorBody): Promise<IndicatorView> {
      const { element, plan } = await requireIndicatorEditor(db, actor, elementId);
      const problems = await validate(db, plan, element.id, null, input, { unit: input.unit, area_breakdown: input.areaBreakdown ?? null });
      if (problems.length) throw new AppError('validation_failed', { fields: problems });
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('indicators')
          .values({
            ...columns(input),
            element_id: element.id,
            plan_id: plan.id,
            name_th: input.nameTh,
            name_en: input.nameEn,
            kind: input.kind,
            unit: input.unit,
            direction: input.direction,
            rollup_rule: input.rollupRule,
            created_by: actor.userId,
            responsible_organisation_id: input.responsibleOrganisationId ?? element.lead_organisation_id ?? plan.owner_organisation_id,
            sort_order: sql`(select coalesce(max(sort_order) + 1, 0) from indicators where element_id = ${element.id})`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await replaceTargets(trx, row.id, input.targets);
        await recordAudit(trx, actor, {
          entity: 'indicator',
          entityId: row.id,
          action: 'create',
          organisationId: plan.owner_organisation_id,
          after: withoutTargets(input),
        });
        return row.id;
      });
      return one(id);
    },

    async updateIndicator(actor: Actor, id: string, input: UpdateIndicatorBody): Promise<IndicatorView> {
      const indicator = await findIndicator(db, id);
      if (!indicator) throw new AppError('not_found');
      const { plan } = await requireIndicatorEditor(db, actor, indicator.element_id);
      requireVersion(indicator.version, input.version);
      const merged = { unit: input.unit ?? indicator.unit, area_breakdown: input.areaBreakdown !== undefined ? input.areaBreakdown : indicator.area_breakdown };
      const problems = await validate(db, plan, indicator.element_id, indicator, input, merged);
      // targets and the baseline are re-checked against a changed unit
      if (input.unit && input.unit !== indicator.unit && !input.targets) {
        const targets = await db.selectFrom('indicator_targets').selectAll().where('indicator_id', '=', id).execute();
        targets.forEach((t) => {
          const p = valueProblem(input.unit!, t.value);
          if (p) problems.push({ path: 'unit', key: p });
        });
      }
      if (problems.length) throw new AppError('validation_failed', { fields: problems });
      const locked =
        (input.unit && input.unit !== indicator.unit) ||
        (input.areaBreakdown !== undefined && input.areaBreakdown !== indicator.area_breakdown) ||
        (input.responsibleOrganisationId && input.responsibleOrganisationId !== indicator.responsible_organisation_id);
      if (locked && (await db.selectFrom('measurements').select('id').where('indicator_id', '=', id).limit(1).executeTakeFirst())) {
        throw new AppError('conflict', { messageKey: 'results.locked_with_values' });
      }
      const { version: _v, ...fields } = input;
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('indicators')
          .set({ ...columns(fields), version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', id)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        await replaceTargets(trx, id, input.targets);
        const movesRollups =
          (input.rollupRule && input.rollupRule !== indicator.rollup_rule) ||
          input.contributesToIndicatorId !== undefined ||
          input.contributionWeight !== undefined;
        if (movesRollups) await rebuildIndicator(trx, id, indicator.contributes_to_indicator_id);
        await recordAudit(trx, actor, {
          entity: 'indicator',
          entityId: id,
          action: 'update',
          organisationId: plan.owner_organisation_id,
          before: indicator,
          after: withoutTargets(fields),
        });
      });
      return one(id);
    },

    async deleteIndicator(actor: Actor, id: string, version: number): Promise<void> {
      const indicator = await findIndicator(db, id);
      if (!indicator) throw new AppError('not_found');
      const { plan } = await requireIndicatorEditor(db, actor, indicator.element_id);
      requireVersion(indicator.version, version);
      const used = await sql<{ used: boolean; kpi: boolean }>`select
        exists (select 1 from measurements where indicator_id = ${id}) or exists (select 1 from indicators where contributes_to_indicator_id = ${id}) as used,
        exists (select 1 from agreement_kpis where indicator_id = ${id}) as kpi`.execute(db);
      if (used.rows[0]?.used) throw new AppError('conflict', { messageKey: 'results.indicator_in_use' });
      // a performance agreement's KPI keeps its indicator, signed or not: the agreement would lose a weighted line
      if (used.rows[0]?.kpi) throw new AppError('conflict', { messageKey: 'results.indicator_in_agreement' });
      await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('indicators').where('id', '=', id).where('version', '=', version).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, { entity: 'indicator', entityId: id, action: 'delete', organisationId: plan.owner_organisation_id, before: indicator });
      });
    },

    ...createProgressReports(db),
  };
}
