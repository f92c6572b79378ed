import { sql } from 'kysely';
import { quartersOf } from '../../shared/results.js';
import type { Actor } from '../auth/actor.js';
import { scopePaths } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { GridCell, ReportingGrid, ReportingGridQuery } from './indicators.schema.js';
import { indicatorRef } from './indicators.queries.js';

const LENGTH = { province: 2, district: 4, subdistrict: 6 } as const;
const MAX_ROWS = 1000;

/**
 * The reporter's spreadsheet: indicators of plans covering the fiscal year that the actor may report
 * on (responsible organisation inside a `result.report` scope, or the actor's organisation inside
 * the responsible one) × the year's four quarters and the year itself. Area-broken-down indicators
 * get one row per area of the actor's organisations at the indicator's level.
 */
export async function buildReportingGrid(db: Db, actor: Actor, query: ReportingGridQuery): Promise<ReportingGrid> {
  const scopes = scopePaths(actor, 'result.report');
  if (scopes.length === 0) throw new AppError('forbidden');
  const periods = [...quartersOf(query.fy), String(query.fy)];
  const inScope = sql.join(
    scopes.map((s) => sql`ro.path like ${`${s}%`} or ${s} like ro.path || '%'`),
    sql` or `,
  );
  const indicators = await sql<
    { id: string; responsible_organisation_id: string; responsible_path: string; e_th: string; e_en: string; p_th: string; p_en: string } & Parameters<
      typeof indicatorRef
    >[0]
  >`
    select i.*, ro.path as responsible_path, e.title_th as e_th, e.title_en as e_en, p.title_th as p_th, p.title_en as p_en
    from indicators i join organisations ro on ro.id = i.responsible_organisation_id
    join plan_elements e on e.id = i.element_id join plans p on p.id = i.plan_id
    where (${inScope}) and p.fy_start <= ${query.fy} and p.fy_end >= ${query.fy} and p.status <> 'closed'
      ${query.organisationId ? sql`and i.responsible_organisation_id = ${query.organisationId}` : sql``}
      ${query.elementId ? sql`and i.element_id = ${query.elementId}` : sql``}
    order by p.level_rank desc, p.title_en, e.sort_order, i.sort_order limit ${MAX_ROWS}`.execute(db);
  if (indicators.rows.length === 0) return { fy: query.fy, periods, rows: [] };

  // the areas of the actor's reporting organisations, for broken-down indicators
  const memberOrgs = actor.memberships.filter((m) => scopes.some((s) => m.organisationPath.startsWith(s))).map((m) => m.organisationId);
  const ownAreas = memberOrgs.length
    ? (await db.selectFrom('organisation_areas').select('area_code').where('organisation_id', 'in', memberOrgs).execute()).map((a) => a.area_code)
    : [];
  const ids = indicators.rows.map((i) => i.id);
  const measured = await db
    .selectFrom('measurements')
    .select(['indicator_id', 'period', 'area_code', 'id', 'value', 'status', 'version', 'reject_reason', 'superseded_by', 'created_at'])
    .where('indicator_id', 'in', ids)
    .where('period', 'in', periods)
    .where((eb) => eb.or([eb('superseded_by', 'is', null), eb('status', '=', 'rejected')]))
    .orderBy('created_at')
    .execute();
  const targets = await db.selectFrom('indicator_targets').selectAll().where('indicator_id', 'in', ids).where('period', 'in', periods).execute();
  const areaNames = new Map<string, { name_th: string; name_en: string }>();

  const rows: ReportingGrid['rows'] = [];
  for (const i of indicators.rows) {
    let areaCodes: (string | null)[] = [null];
    if (i.area_breakdown) {
      const len = LENGTH[i.area_breakdown];
      const codes = new Set(measured.filter((m) => m.indicator_id === i.id && m.area_code).map((m) => m.area_code!));
      const wider = ownAreas.filter((a) => a === 'TH' || a.length < len);
      for (const a of ownAreas) if (a !== 'TH' && a.length >= len) codes.add(a.slice(0, len));
      if (wider.length) {
        let below = db.selectFrom('areas').select('code').where('level', '=', i.area_breakdown);
        if (!wider.includes('TH')) below = below.where((eb) => eb.or(wider.map((w) => eb('code', 'like', `${w}%`))));
        for (const b of await below.execute()) codes.add(b.code);
      }
      areaCodes = [...codes].sort();
      if (areaCodes.length) {
        const names = await db
          .selectFrom('areas')
          .select(['code', 'name_th', 'name_en'])
          .where('code', 'in', areaCodes as string[])
          .execute();
        for (const n of names) areaNames.set(n.code, n);
      }
    }
    // a reporter inside the responsible organisation reports as their own organisation
    const canReportResponsible = scopes.some((s) => i.responsible_path.startsWith(s));
    const own = actor.memberships.find((m) => m.organisationPath.startsWith(i.responsible_path) && scopes.some((s) => m.organisationPath.startsWith(s)));
    const reportingOrganisationId = canReportResponsible ? i.responsible_organisation_id : (own?.organisationId ?? i.responsible_organisation_id);
    for (const areaCode of areaCodes) {
      if (rows.length >= MAX_ROWS) break;
      const cells: GridCell[] = periods.map((period) => {
        const here = measured.filter((m) => m.indicator_id === i.id && m.period === period && m.area_code === areaCode);
        const current = here.find((m) => m.status === 'verified');
        const open = here.find((m) => m.status === 'draft' || m.status === 'submitted');
        const rejected = here.filter((m) => m.status === 'rejected' && (!current || m.created_at > current.created_at)).at(-1);
        const target = targets.find((t) => t.indicator_id === i.id && t.period === period && t.area_code === (areaCode ?? ''));
        return {
          period,
          target: target?.value ?? null,
          verifiedValue: current?.value ?? null,
          open: open ? { id: open.id, value: open.value, status: open.status, version: open.version } : null,
          rejected: rejected ? { id: rejected.id, value: rejected.value, reason: rejected.reject_reason ?? '' } : null,
          editable: open?.status !== 'submitted',
        };
      });
      rows.push({
        indicator: indicatorRef(i),
        reportingOrganisationId,
        areaCode,
        areaNameTh: areaCode ? (areaNames.get(areaCode)?.name_th ?? null) : null,
        areaNameEn: areaCode ? (areaNames.get(areaCode)?.name_en ?? null) : null,
        elementTitleTh: i.e_th,
        elementTitleEn: i.e_en,
        planTitleTh: i.p_th,
        planTitleEn: i.p_en,
        cells,
      });
    }
  }
  return { fy: query.fy, periods, rows };
}
