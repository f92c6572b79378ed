import { sql } from 'kysely';
import type { Static } from 'typebox';
import { comparePeriods } from '../../shared/results.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { requireReadableElement } from '../plans/plans.access.js';
import { readablePlanSql } from '../plans/plans.queries.js';
import type {
  AreaRollup,
  AreaRollupQuery,
  AreaRollupRow,
  ElementRollup,
  IndicatorRollup,
  OrganisationRollup,
  RollupQuery,
  SecretariatSummary,
} from './indicators.schema.js';
import { indicatorRef, type IndicatorRow } from './indicators.queries.js';
import { requireIndicator } from './measurements.access.js';
import { buildReportingGrid } from './reporting-grid.js';
import { countStatuses, type PointRow, toPoint, toRollup } from './rollups.points.js';

const ORG_LIMIT = 200;

/** Contribution-axis points of the given indicators: every period with a roll-up or a target. */
async function contributionPoints(db: Db, ids: string[]): Promise<Map<string, PointRow[]>> {
  const rows = ids.length
    ? await sql<PointRow & { indicator_id: string }>`
    select x.indicator_id, x.period, r.value, r.n, t.value as target
    from (select indicator_id, period from rollup_indicators where indicator_id in (${sql.join(ids)})
          union select indicator_id, period from indicator_targets where indicator_id in (${sql.join(ids)}) and area_code = '') x
    left join rollup_indicators r on r.indicator_id = x.indicator_id and r.period = x.period
    left join indicator_targets t on t.indicator_id = x.indicator_id and t.period = x.period and t.area_code = ''`.execute(db)
    : { rows: [] };
  const byIndicator = new Map<string, PointRow[]>();
  for (const r of rows.rows) byIndicator.set(r.indicator_id, [...(byIndicator.get(r.indicator_id) ?? []), r]);
  return byIndicator;
}

async function elementRollups(db: Db, indicators: IndicatorRow[], period: string | undefined): Promise<IndicatorRollup[]> {
  const points = await contributionPoints(
    db,
    indicators.map((i) => i.id),
  );
  return indicators.map((i) => toRollup(i, points.get(i.id) ?? [], period));
}

export function createRollupReads(db: Db) {
  return {
    async elementRollup(actor: Actor | null, elementId: string, query: RollupQuery): Promise<Static<typeof ElementRollup>> {
      const { element } = await requireReadableElement(db, actor, elementId);
      const indicators = await db.selectFrom('indicators').selectAll().where('element_id', '=', elementId).orderBy('sort_order').execute();
      return { elementId, titleTh: element.title_th, titleEn: element.title_en, items: await elementRollups(db, indicators, query.period) };
    },

    /**
     * Org axis: the indicators the organisation or any organisation below it is responsible for
     * (their whole value), and those of organisations above that it reports part of (its subtree's
     * share). At most ORG_LIMIT indicators, highest plan level first.
     */
    async organisationRollup(actor: Actor | null, organisationId: string, query: RollupQuery): Promise<Static<typeof OrganisationRollup>> {
      const org = await db.selectFrom('organisations').select(['id', 'path', 'name_th', 'name_en']).where('id', '=', organisationId).executeTakeFirst();
      if (!org) throw new AppError('not_found');
      const picked = await sql<{ id: string; node: string; whole: boolean }>`
        select * from (
          select i.id, i.responsible_organisation_id::text as node, true as whole, p.level_rank
          from organisations ro join indicators i on i.responsible_organisation_id = ro.id
          join plans p on p.id = i.plan_id join organisations o on o.id = p.owner_organisation_id
          where ro.path like ${`${org.path}%`} and ${readablePlanSql(actor)}
          union
          select i.id, r.node, false, p.level_rank
          from (select distinct indicator_id, node from rollup_nodes where axis = 'org' and node = ${organisationId}) r
          join indicators i on i.id = r.indicator_id and i.responsible_organisation_id <> ${organisationId}
          join plans p on p.id = i.plan_id join organisations o on o.id = p.owner_organisation_id
          where ${readablePlanSql(actor)}
        ) x order by level_rank desc, id limit ${ORG_LIMIT}`.execute(db);
      if (picked.rows.length === 0) return { organisationId, nameTh: org.name_th, nameEn: org.name_en, items: [], statusCounts: countStatuses([]) };
      // a part's target is the indicator's only when the rule does not add parts up
      const rows = await sql<PointRow & { indicator_id: string }>`
        select x.id as indicator_id, x.period, r.value, r.n, case when x.whole or i.rollup_rule <> 'sum' then t.value end as target
        from (select k.id, k.node, k.whole, per.period from (values ${sql.join(picked.rows.map((k) => sql`(${k.id}::uuid, ${k.node}::text, ${k.whole}::boolean)`))}) k(id, node, whole)
              cross join lateral (select period from rollup_nodes where indicator_id = k.id and axis = 'org' and node = k.node
                                  union select period from indicator_targets where indicator_id = k.id and area_code = '' and k.whole) per) x
        join indicators i on i.id = x.id
        left join rollup_nodes r on r.indicator_id = x.id and r.axis = 'org' and r.node = x.node and r.period = x.period
        left join indicator_targets t on t.indicator_id = x.id and t.period = x.period and t.area_code = ''`.execute(db);
      const indicators = await db
        .selectFrom('indicators')
        .selectAll()
        .where(
          'id',
          'in',
          picked.rows.map((k) => k.id),
        )
        .execute();
      const byId = new Map(indicators.map((i) => [i.id, i]));
      const items = picked.rows.map((k) =>
        toRollup(
          byId.get(k.id)!,
          rows.rows.filter((r) => r.indicator_id === k.id),
          query.period,
        ),
      );
      return { organisationId, nameTh: org.name_th, nameEn: org.name_en, items, statusCounts: countStatuses(items) };
    },

    /** Area axis for the map: the area and all its child areas (with or without values) for one period. */
    async areaRollup(actor: Actor | null, indicatorId: string, query: AreaRollupQuery): Promise<Static<typeof AreaRollup>> {
      const { indicator } = await requireIndicator(db, actor, indicatorId);
      const code = query.area ?? 'TH';
      const area = await db.selectFrom('areas').select(['code', 'level', 'name_th', 'name_en']).where('code', '=', code).executeTakeFirst();
      if (!area) throw new AppError('not_found');
      const periods = (
        await db
          .selectFrom('rollup_nodes')
          .select('period')
          .distinct()
          .where('indicator_id', '=', indicatorId)
          .where('axis', '=', 'area')
          .where('node', '=', code)
          .execute()
      )
        .map((r) => r.period)
        .sort(comparePeriods);
      const period = query.period ?? periods.at(-1) ?? null;
      const rows = await sql<{ code: string; level: string; name_th: string; name_en: string; value: string | null; n: number | null; target: string | null }>`
        select a.code, a.level, a.name_th, a.name_en, r.value, r.n,
          coalesce(ta.value, case when a.code = 'TH' or ${indicator.rollup_rule} <> 'sum' then tw.value end) as target
        from areas a
        left join rollup_nodes r on r.indicator_id = ${indicatorId} and r.period = ${period} and r.axis = 'area' and r.node = a.code
        left join indicator_targets ta on ta.indicator_id = ${indicatorId} and ta.period = ${period} and ta.area_code = a.code
        left join indicator_targets tw on tw.indicator_id = ${indicatorId} and tw.period = ${period} and tw.area_code = ''
        where a.code = ${code} or (a.parent_code = ${code} and a.level in ('province','district','subdistrict'))
        order by a.code`.execute(db);
      const toRow = (r: (typeof rows.rows)[number]): AreaRollupRow => ({
        areaCode: r.code,
        level: r.level,
        nameTh: r.name_th,
        nameEn: r.name_en,
        ...toPoint(indicator.direction, { period: period ?? '', value: r.value, target: r.target, n: r.n }),
      });
      const self = rows.rows.find((r) => r.code === code)!;
      return {
        indicator: indicatorRef(indicator),
        period,
        periods,
        area: toRow(self),
        children: rows.rows.filter((r) => r.code !== code).map(toRow),
      };
    },

    /** The National Strategy's top elements (the reference plan), each with its indicators' achievement. */
    async secretariatSummary(actor: Actor | null, query: RollupQuery): Promise<Static<typeof SecretariatSummary>> {
      const strategies = await db
        .selectFrom('plan_elements as e')
        .innerJoin('plans as p', 'p.id', 'e.plan_id')
        .innerJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
        .select(['e.id', 'e.code', 'e.title_th', 'e.title_en'])
        .where('p.level_code', '=', 'national_strategy')
        .where('e.parent_id', 'is', null)
        .where(readablePlanSql(actor))
        .orderBy('p.fy_start', 'desc')
        .orderBy('e.sort_order')
        .execute();
      const indicators = strategies.length
        ? await db
            .selectFrom('indicators')
            .selectAll()
            .where(
              'element_id',
              'in',
              strategies.map((s) => s.id),
            )
            .orderBy('sort_order')
            .execute()
        : [];
      const rollups = await elementRollups(db, indicators, query.period);
      const period =
        query.period ??
        rollups
          .map((r) => r.current?.period)
          .filter((p): p is string => !!p)
          .sort(comparePeriods)
          .at(-1) ??
        null;
      return {
        period,
        strategies: strategies.map((s) => {
          const items = rollups.filter((r) => r.indicator.elementId === s.id);
          const achieved = items.map((i) => i.current?.achievement).filter((a): a is number => a !== null && a !== undefined);
          const achievement = achieved.length ? Math.round((achieved.reduce((a, b) => a + b, 0) / achieved.length) * 100) / 100 : null;
          return {
            elementId: s.id,
            code: s.code,
            titleTh: s.title_th,
            titleEn: s.title_en,
            achievement,
            status: toPoint('up', { period: '', value: achievement === null ? null : String(achievement), target: '100', n: 0 }).status,
            items,
          };
        }),
      };
    },

    reportingGrid: (actor: Actor, query: Parameters<typeof buildReportingGrid>[2]) => buildReportingGrid(db, actor, query),
  };
}
