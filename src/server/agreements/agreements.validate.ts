import { fiscalYearRange } from '../../shared/fiscal-year.js';
import type { Db } from '../db/database.js';
import { AppError, type FieldProblem } from '../http/errors.js';
import { criteriaDirection, weightsSumTo100, weightsTotal } from './agreements.scoring.js';
import { findIndicators } from './agreements.indicators.js';
import { compareDecimals } from './decimal.js';
import type { KpiInput } from './agreements.schema.js';

export interface PeriodInput {
  fiscalYear: number;
  periodStart?: string;
  periodEnd?: string;
}

/** The period defaults to the whole fiscal year and must lie inside it. */
export function resolvePeriod(input: PeriodInput): { periodStart: string; periodEnd: string; problems: FieldProblem[] } {
  const year = fiscalYearRange(input.fiscalYear);
  const periodStart = input.periodStart ?? year.start;
  const periodEnd = input.periodEnd ?? year.end;
  const problems: FieldProblem[] = [];
  const fy = { fy: input.fiscalYear };
  if (periodStart < year.start || periodStart > year.end) problems.push({ path: 'periodStart', key: 'agreements.period_outside_year', params: fy });
  if (periodEnd < year.start || periodEnd > year.end) problems.push({ path: 'periodEnd', key: 'agreements.period_outside_year', params: fy });
  if (periodEnd < periodStart) problems.push({ path: 'periodEnd', key: 'agreements.period_order' });
  return { periodStart, periodEnd, problems };
}

/**
 * Each KPI names an existing indicator once, and its five levels run in the indicator's
 * direction: rising when higher is better, falling when lower is better ('keep' may run either way).
 * A non-empty list's weights total exactly 100 % (a draft may have no KPIs yet, but never a
 * half-weighted list: the form shows the total's reason under the weights).
 */
export async function kpiProblems(db: Db, kpis: KpiInput[]): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const indicators = await findIndicators(db, [...new Set(kpis.map((k) => k.indicatorId))]);
  const seen = new Set<string>();
  kpis.forEach((kpi, i) => {
    const indicator = indicators.get(kpi.indicatorId);
    if (!indicator) problems.push({ path: `kpis.${i}.indicatorId`, key: 'validation.not_found' });
    else if (seen.has(kpi.indicatorId)) problems.push({ path: `kpis.${i}.indicatorId`, key: 'agreements.duplicate_indicator' });
    seen.add(kpi.indicatorId);
    if (compareDecimals(kpi.weight, '0.01') < 0) problems.push({ path: `kpis.${i}.weight`, key: 'validation.minimum', params: { limit: '0.01' } });
    if (compareDecimals(kpi.weight, '100') > 0) problems.push({ path: `kpis.${i}.weight`, key: 'validation.maximum', params: { limit: 100 } });
    const direction = criteriaDirection(kpi.criteria);
    if (!direction) problems.push({ path: `kpis.${i}.criteria`, key: 'agreements.criteria_monotonic' });
    else if (indicator && (indicator.direction === 'up' || indicator.direction === 'down') && indicator.direction !== direction) {
      problems.push({ path: `kpis.${i}.criteria`, key: `agreements.criteria_direction_${indicator.direction}` });
    }
  });
  const weights = kpis.map((k) => k.weight);
  if (kpis.length > 0 && !weightsSumTo100(weights))
    problems.push({ path: 'kpis', key: 'agreements.weights_must_total', params: { total: weightsTotal(weights) } });
  return problems;
}

export function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
}
