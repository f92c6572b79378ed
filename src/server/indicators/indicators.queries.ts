import { sql } from 'kysely';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { likeEscape } from '../http/list.js';
import { readablePlanSql } from '../plans/plans.queries.js';
import type { IndicatorListQuery, IndicatorRef, IndicatorSummary, IndicatorView, MeasurementView } from './indicators.schema.js';
import type { IndicatorsTable, MeasurementsTable } from './indicators.tables.js';
import type { Selectable } from 'kysely';

export type IndicatorRow = Selectable<IndicatorsTable>;
export type MeasurementRow = Selectable<MeasurementsTable>;

export const findIndicator = (db: Db, id: string) => db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
export const findMeasurement = (db: Db, id: string) => db.selectFrom('measurements').selectAll().where('id', '=', id).executeTakeFirst();

export const indicatorRef = (r: IndicatorRow): IndicatorRef => ({
  id: r.id,
  elementId: r.element_id,
  code: r.code,
  nameTh: r.name_th,
  nameEn: r.name_en,
  kind: r.kind,
  unit: r.unit,
  unitLabelTh: r.unit_label_th,
  unitLabelEn: r.unit_label_en,
  direction: r.direction,
  rollupRule: r.rollup_rule,
  areaBreakdown: r.area_breakdown,
});

/** Full views of the indicators matching `ids` or of one element, with targets and the responsible organisation's names. */
export async function indicatorViews(db: Db, filter: { ids?: string[]; elementId?: string }): Promise<IndicatorView[]> {
  let query = db
    .selectFrom('indicators as i')
    .innerJoin('organisations as o', 'o.id', 'i.responsible_organisation_id')
    .selectAll('i')
    .select(['o.name_th as org_th', 'o.name_en as org_en'])
    .orderBy('i.sort_order')
    .orderBy('i.created_at');
  if (filter.ids) query = query.where('i.id', 'in', filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
  if (filter.elementId) query = query.where('i.element_id', '=', filter.elementId);
  const rows = await query.execute();
  const targets = rows.length
    ? await db
        .selectFrom('indicator_targets')
        .selectAll()
        .where(
          'indicator_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('period')
        .orderBy('area_code')
        .execute()
    : [];
  return rows.map((r) => ({
    ...indicatorRef(r),
    planId: r.plan_id,
    baselineValue: r.baseline_value,
    baselineFy: r.baseline_fy,
    responsibleOrganisationId: r.responsible_organisation_id,
    responsibleNameTh: r.org_th,
    responsibleNameEn: r.org_en,
    contributesToIndicatorId: r.contributes_to_indicator_id,
    contributionWeight: r.contribution_weight,
    targets: targets.filter((t) => t.indicator_id === r.id).map((t) => ({ period: t.period, areaCode: t.area_code || null, value: t.value })),
    version: r.version,
  }));
}

/**
 * Indicators on plans the actor may read, highest plan level first. `responsiblePath` narrows to
 * one organisation's subtree (a prefix of the materialised path, as the policy reads it).
 */
export async function searchIndicators(
  db: Db,
  actor: Actor | null,
  query: IndicatorListQuery,
  responsiblePath: string | null,
): Promise<{ items: IndicatorSummary[]; total: number }> {
  let base = db
    .selectFrom('indicators as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .innerJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .innerJoin('organisations as r', 'r.id', 'i.responsible_organisation_id')
    .where(readablePlanSql(actor));
  if (query.areaBreakdown === 'any') base = base.where('i.area_breakdown', 'is not', null);
  else if (query.areaBreakdown) base = base.where('i.area_breakdown', '=', query.areaBreakdown);
  if (responsiblePath) base = base.where('r.path', 'like', `${likeEscape(responsiblePath)}%`);
  if (query.q) {
    const pattern = `%${likeEscape(query.q)}%`;
    // the expression of indicators_text_trgm_idx
    base = base.where(sql<boolean>`(i.name_th || ' ' || i.name_en || ' ' || coalesce(i.code, '')) ilike ${pattern}`);
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('i')
    .select(['r.name_th as org_th', 'r.name_en as org_en'])
    .orderBy('p.level_rank', 'desc')
    .orderBy(sql`i.code nulls last`)
    .orderBy('i.name_en')
    .orderBy('i.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  // element titles for the page only: joined before the sort, they were read for every match
  const elements = new Map(
    rows.length
      ? (
          await db
            .selectFrom('plan_elements')
            .select(['id', 'title_th', 'title_en'])
            .where(
              'id',
              'in',
              rows.map((r) => r.element_id),
            )
            .execute()
        ).map((e) => [e.id, e])
      : [],
  );
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      ...indicatorRef(r),
      planId: r.plan_id,
      elementTitleTh: elements.get(r.element_id)!.title_th,
      elementTitleEn: elements.get(r.element_id)!.title_en,
      responsibleOrganisationId: r.responsible_organisation_id,
      responsibleNameTh: r.org_th,
      responsibleNameEn: r.org_en,
    })),
  };
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function measurementViews(db: Db, rows: MeasurementRow[]): Promise<MeasurementView[]> {
  const counts = rows.length
    ? await db
        .selectFrom('measurement_evidence')
        .select(['measurement_id', sql<number>`count(*)::int`.as('n')])
        .where(
          'measurement_id',
          'in',
          rows.map((r) => r.id),
        )
        .groupBy('measurement_id')
        .execute()
    : [];
  const count = new Map(counts.map((c) => [c.measurement_id, c.n]));
  return rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicator_id,
    period: r.period,
    areaCode: r.area_code,
    organisationId: r.organisation_id,
    value: r.value,
    status: r.status,
    note: r.note,
    rejectReason: r.reject_reason,
    correctsId: r.corrects_id,
    supersededBy: r.superseded_by,
    isCurrent: r.status === 'verified' && r.superseded_by === null,
    version: r.version,
    submittedAt: iso(r.submitted_at),
    verifiedAt: iso(r.verified_at),
    createdAt: iso(r.created_at)!,
    evidenceCount: count.get(r.id) ?? 0,
  }));
}

export async function measurementView(db: Db, id: string): Promise<MeasurementView> {
  const row = await db.selectFrom('measurements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return (await measurementViews(db, [row]))[0]!;
}
