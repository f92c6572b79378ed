import { fiscalYearRange } from '../../shared/fiscal-year.js';
import { quartersOf } from '../../shared/results.js';
import type { Db } from '../db/database.js';

/**
 * The one place agreements read the results area (src/server/indicators): indicator facts for
 * a KPI and the indicator's actual value for the agreement's period.
 */
export interface IndicatorFacts {
  id: string;
  code: string | null;
  nameTh: string;
  nameEn: string;
  unit: string;
  unitLabelTh: string | null;
  unitLabelEn: string | null;
  direction: string;
}

export async function findIndicators(db: Db, ids: string[]): Promise<Map<string, IndicatorFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('indicators')
    .select(['id', 'code', 'name_th', 'name_en', 'unit', 'unit_label_th', 'unit_label_en', 'direction'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        code: r.code,
        nameTh: r.name_th,
        nameEn: r.name_en,
        unit: r.unit,
        unitLabelTh: r.unit_label_th,
        unitLabelEn: r.unit_label_en,
        direction: r.direction,
      },
    ]),
  );
}

export interface Period {
  fiscalYear: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * The reporting periods that stand for the agreement's period, best first: the fiscal year
 * itself when the agreement covers the whole year, then its quarters inside the period, latest
 * first (the most recent result is the year-to-date result when no yearly value is reported).
 */
export function candidatePeriods(period: Period): string[] {
  const year = fiscalYearRange(period.fiscalYear);
  const yearly = period.periodStart <= year.start && period.periodEnd >= year.end ? [String(period.fiscalYear)] : [];
  const startYear = Number(year.start.slice(0, 4));
  const quarterBounds = [
    [`${startYear}-10-01`, `${startYear}-12-31`],
    [`${startYear + 1}-01-01`, `${startYear + 1}-03-31`],
    [`${startYear + 1}-04-01`, `${startYear + 1}-06-30`],
    [`${startYear + 1}-07-01`, `${startYear + 1}-09-30`],
  ];
  const quarters = quartersOf(period.fiscalYear).filter((_, i) => quarterBounds[i][0] >= period.periodStart && quarterBounds[i][1] <= period.periodEnd);
  return [...yearly, ...quarters.reverse()];
}

/**
 * indicator id → its actual value for the period (numeric as a string); absent when not reported.
 * The value is the indicator's maintained roll-up (its own verified value combined with its
 * contributors'), falling back to its own current verified whole-indicator measurement.
 */
export async function actualValues(db: Db, ids: string[], period: Period): Promise<Map<string, string>> {
  const periods = candidatePeriods(period);
  if (ids.length === 0 || periods.length === 0) return new Map();
  const rolled = await db
    .selectFrom('rollup_indicators')
    .select(['indicator_id', 'period', 'value'])
    .where('indicator_id', 'in', ids)
    .where('period', 'in', periods)
    .where('value', 'is not', null)
    .execute();
  const verified = await db
    .selectFrom('measurements')
    .select(['indicator_id', 'period', 'value'])
    .where('indicator_id', 'in', ids)
    .where('period', 'in', periods)
    .where('status', '=', 'verified')
    .where('superseded_by', 'is', null)
    .where('area_code', 'is', null)
    .execute();
  const out = new Map<string, string>();
  for (const id of ids) {
    for (const p of periods) {
      const value = rolled.find((r) => r.indicator_id === id && r.period === p)?.value ?? verified.find((r) => r.indicator_id === id && r.period === p)?.value;
      if (value !== undefined && value !== null) {
        out.set(id, value);
        break;
      }
    }
  }
  return out;
}
