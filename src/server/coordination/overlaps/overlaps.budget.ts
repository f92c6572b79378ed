/**
 * The budget at stake in a pair: the baht both projects carry across all fiscal years, each line
 * counted at its allocation, or at its request where nothing is allocated yet (a draft project's
 * money is still at stake). Read from the budgets area's lines by element, never a full scan.
 */
import { sql } from 'kysely';
import { fromSatang, toSatang } from '../../budgets/budgets.money.js';
import type { Db } from '../../db/database.js';

/** Baht per element (decimal strings); elements without budget lines are absent. */
export async function budgetsOfElements(db: Db, elementIds: readonly string[]): Promise<Map<string, string>> {
  if (elementIds.length === 0) return new Map();
  const rows = await sql<{ element_id: string; thb: string }>`
    select element_id, sum(case when allocated_thb > 0 then allocated_thb else requested_thb end)::numeric(24,2)::text as thb
    from budget_lines where element_id = any(${sql.val([...new Set(elementIds)])}::uuid[])
    group by element_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.element_id, r.thb]));
}

/** Both projects' money, or null when neither has a budget line yet. */
export function budgetAtStake(budgets: Map<string, string>, a: string, b: string): string | null {
  const sides = [budgets.get(a), budgets.get(b)].filter((v): v is string => v !== undefined);
  return sides.length === 0 ? null : fromSatang(sides.reduce((sum, v) => sum + toSatang(v), 0n));
}
