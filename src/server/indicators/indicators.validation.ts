import type { AreaBreakdown, IndicatorUnit } from '../../shared/results.js';
import type { Db } from '../db/database.js';
import type { FieldProblem } from '../http/errors.js';

/** A value against its unit: the reason key when it does not fit, else null. The schema already checked the decimal form. */
export function valueProblem(unit: IndicatorUnit, value: string): string | null {
  const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
  const negative = value.startsWith('-') && /[1-9]/.test(value);
  if (unit === 'count') return negative || /[1-9]/.test(fraction) ? 'results.value_count' : null;
  if (unit === 'percent') return negative || Number(value) > 100 ? 'results.value_percent' : null;
  if (unit === 'baht') return negative || fraction.replace(/0+$/, '').length > 2 ? 'results.value_baht' : null;
  void whole;
  return null;
}

/** A period must fall in the plan's fiscal years. */
export function periodProblem(period: string, plan: { fy_start: number; fy_end: number }, path: string): FieldProblem | null {
  const fy = Number(period.slice(0, 4));
  return fy < plan.fy_start || fy > plan.fy_end ? { path, key: 'results.period_outside_plan', params: { period, from: plan.fy_start, to: plan.fy_end } } : null;
}

const LEVEL_LENGTH: Record<AreaBreakdown, number> = { province: 2, district: 4, subdistrict: 6 };

export const levelParams = (level: AreaBreakdown) => ({
  levelEn: { province: 'province', district: 'district', subdistrict: 'subdistrict' }[level],
  levelTh: { province: 'จังหวัด', district: 'อำเภอ', subdistrict: 'ตำบล' }[level],
});

/** Area codes against the indicator's breakdown, checked against the areas table in one query. */
export async function areaProblems(
  db: Db,
  breakdown: AreaBreakdown | null,
  cells: { path: string; areaCode: string | null | undefined }[],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const codes = [...new Set(cells.map((c) => c.areaCode).filter((c): c is string => !!c))];
  const known = new Set(
    codes.length
      ? (await db.selectFrom('areas').select('code').where('code', 'in', codes).where('level', 'in', ['province', 'district', 'subdistrict']).execute()).map(
          (a) => a.code,
        )
      : [],
  );
  for (const { path, areaCode } of cells) {
    if (!breakdown) {
      if (areaCode) problems.push({ path, key: 'results.area_not_broken_down' });
    } else if (!areaCode) {
      problems.push({ path, key: 'results.area_required', params: levelParams(breakdown) });
    } else if (areaCode.length !== LEVEL_LENGTH[breakdown] || !known.has(areaCode)) {
      problems.push({ path, key: 'results.area_level', params: levelParams(breakdown) });
    }
  }
  return problems;
}
