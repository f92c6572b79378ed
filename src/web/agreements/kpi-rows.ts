/** The agreement form's KPI rows and the sums it shows while the user types (pure, tested). */
export interface PickedIndicator {
  id: string;
  label: string;
}
export interface KpiRow {
  key: number;
  indicator: PickedIndicator | null;
  weight: string;
  criteria: string[];
}

const WEIGHT = /^\d{1,3}(\.\d{1,2})?$/;

export const emptyKpi = (key: number): KpiRow => ({ key, indicator: null, weight: '', criteria: ['', '', '', '', ''] });

/**
 * The weights' total as the server adds them: exact hundredths of a per cent, so 33.33 + 33.33 +
 * 33.34 shows 100.00 and 0.1 + 0.2 shows 0.30; null while a weight is not a percentage.
 */
export function weightsTotal(rows: readonly Pick<KpiRow, 'weight'>[]): string | null {
  if (rows.some((r) => !WEIGHT.test(r.weight.trim()))) return null;
  const hundredths = rows.reduce((sum, r) => {
    const [whole, fraction = ''] = r.weight.trim().split('.');
    return sum + Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  }, 0);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** The API's KPI list: an unpicked indicator goes as '' so the server names the field. */
export const toKpiInputs = (rows: readonly KpiRow[]) =>
  rows.map((r) => ({ indicatorId: r.indicator?.id ?? '', weight: r.weight.trim(), criteria: r.criteria.map((c) => c.trim()) }));
