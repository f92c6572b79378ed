import type { Actor } from '../auth/actor.js';
import { reachesPath } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError, type FieldProblem } from '../http/errors.js';
import { requireReadableElement } from '../plans/plans.access.js';
import type { PlanRow } from '../plans/plans.queries.js';
import { findIndicator, type IndicatorRow, type MeasurementRow } from './indicators.queries.js';
import { areaProblems, periodProblem, valueProblem } from './indicators.validation.js';

/**
 * Who may do what with a measurement (documented decision):
 * - report (enter, change a draft, submit, attach evidence): `result.report` over the measurement's
 *   reporting organisation — the indicator's responsible organisation or one below it;
 * - verify or reject: `result.verify` over the reporting organisation (an approver's role reaches
 *   its subtree, so the province approver verifies what the city reports);
 * - read: verified values by anyone who may read the plan; drafts, submitted and rejected values
 *   need `private.read` over the reporting organisation.
 */
export interface IndicatorContext {
  indicator: IndicatorRow;
  plan: PlanRow;
}

export async function requireIndicator(db: Db, actor: Actor | null, indicatorId: string): Promise<IndicatorContext> {
  const indicator = await findIndicator(db, indicatorId);
  if (!indicator) throw new AppError('not_found');
  const { plan } = await requireReadableElement(db, actor, indicator.element_id);
  return { indicator, plan };
}

export async function organisationPath(db: Db, id: string): Promise<string | null> {
  return (await db.selectFrom('organisations').select('path').where('id', '=', id).executeTakeFirst())?.path ?? null;
}

export const canSeeMeasurement = (actor: Actor | null, m: Pick<MeasurementRow, 'status'>, orgPath: string) =>
  m.status === 'verified' || (!!actor && reachesPath(actor, 'private.read', orgPath));

/** Loads a measurement the actor may see, with its indicator and the reporting organisation's path. */
export async function requireMeasurement(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<IndicatorContext & { measurement: MeasurementRow; orgPath: string }> {
  const measurement = await db.selectFrom('measurements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!measurement) throw new AppError('not_found');
  const context = await requireIndicator(db, actor, measurement.indicator_id);
  const orgPath = (await organisationPath(db, measurement.organisation_id))!;
  if (!canSeeMeasurement(actor, measurement, orgPath)) throw new AppError(actor ? 'forbidden' : 'unauthenticated');
  return { ...context, measurement, orgPath };
}

export function requireScope(actor: Actor, permission: 'result.report' | 'result.verify', orgPath: string): void {
  if (!reachesPath(actor, permission, orgPath)) throw new AppError('forbidden');
}

export interface CellInput {
  period: string;
  areaCode?: string | null;
  organisationId?: string;
  value: string;
}

/**
 * Resolves and authorises the reporting organisation of a cell (403 when out of scope), then lists
 * the cell's field problems (paths prefixed by `prefix`).
 */
export async function checkCell(
  db: Db,
  actor: Actor,
  { indicator, plan }: IndicatorContext,
  cell: CellInput,
  prefix: string,
): Promise<{ organisationId: string; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  if (plan.status === 'closed') throw new AppError('conflict', { messageKey: 'results.plan_closed' });
  const responsiblePath = (await organisationPath(db, indicator.responsible_organisation_id))!;
  const organisationId = cell.organisationId ?? indicator.responsible_organisation_id;
  const orgPath = await organisationPath(db, organisationId);
  if (!orgPath?.startsWith(responsiblePath)) {
    problems.push({ path: `${prefix}organisationId`, key: 'results.organisation_outside' });
    requireScope(actor, 'result.report', responsiblePath);
  } else {
    requireScope(actor, 'result.report', orgPath);
  }
  const period = periodProblem(cell.period, plan, `${prefix}period`);
  if (period) problems.push(period);
  problems.push(...(await areaProblems(db, indicator.area_breakdown, [{ path: `${prefix}areaCode`, areaCode: cell.areaCode }])));
  const value = valueProblem(indicator.unit, cell.value);
  if (value) problems.push({ path: `${prefix}value`, key: value });
  return { organisationId, problems };
}

/** The cell's open (draft/submitted) entry and its current verified value. */
export async function cellState(db: Db, indicatorId: string, period: string, areaCode: string | null) {
  const rows = await db
    .selectFrom('measurements')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .where((eb) => (areaCode ? eb('area_code', '=', areaCode) : eb('area_code', 'is', null)))
    .where((eb) => eb.or([eb('status', 'in', ['draft', 'submitted']), eb.and([eb('status', '=', 'verified'), eb('superseded_by', 'is', null)])]))
    .execute();
  return { open: rows.find((r) => r.status !== 'verified'), current: rows.find((r) => r.status === 'verified') };
}
