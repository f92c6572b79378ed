import { readReference, upsertReferenceRows } from '../areas/reference-data.js';
import type { Db } from '../db/database.js';
import type { FunctionsTable } from './organisations.tables.js';

type FunctionRow = Omit<FunctionsTable, 'sort_order'> & { sort_order: number };

/** The function schemes; each row's `scheme` says which taxonomy its code belongs to. */
export { FUNCTION_SCHEMES } from '../../shared/enums.js';
export type { FunctionScheme } from '../../shared/enums.js';

/**
 * The four mission groups of integrated district administration (กบอ.): the district's
 * work is planned and reported under these four. Codes are ours (no official codes exist).
 */
export const DISTRICT_MISSIONS = [
  { code: 'DM-ECONOMY', name_th: 'ด้านเศรษฐกิจ', name_en: 'Economy' },
  { code: 'DM-SOCIAL', name_th: 'ด้านสังคม', name_en: 'Social' },
  { code: 'DM-SECURITY', name_th: 'ด้านความมั่นคง', name_en: 'Security' },
  { code: 'DM-ADMINISTRATION', name_th: 'ด้านการบริหารจัดการ', name_en: 'Administration' },
] as const;

interface CofogEntry {
  code: string;
  parent: string | null;
  name_en: string;
  name_th: string | null;
  name_th_unofficial?: string;
}
interface ThaiBudgetEntry {
  scheme: 'national_budget_by_function' | 'local_government_budget';
  code: string;
  parent: string | null;
  name_th: string;
  name_en: string;
}

/** Every function row, parents before children, in the order each source lists them. */
export async function loadFunctionRows(): Promise<FunctionRow[]> {
  const [cofog, thai] = await Promise.all([
    readReference<CofogEntry[]>('functions/cofog.json'),
    readReference<ThaiBudgetEntry[]>('functions/thai-budget-functions.json'),
  ]);
  const rows: FunctionRow[] = [];
  cofog.forEach((c, i) => {
    // No official Thai COFOG names exist: divisions carry an unofficial translation, groups
    // have none, and an English name is better than an empty one in the Thai interface.
    rows.push({
      code: c.code,
      scheme: 'cofog',
      parent_code: c.parent,
      name_th: c.name_th ?? c.name_th_unofficial ?? c.name_en,
      name_en: c.name_en,
      sort_order: i,
    });
  });
  thai.forEach((f, i) => {
    rows.push({ code: f.code, scheme: f.scheme, parent_code: f.parent, name_th: f.name_th, name_en: f.name_en, sort_order: i });
  });
  DISTRICT_MISSIONS.forEach((m, i) => {
    rows.push({ code: m.code, scheme: 'district_mission', parent_code: null, name_th: m.name_th, name_en: m.name_en, sort_order: i });
  });
  return rows;
}

/** Loads the function taxonomy: COFOG, Thai budget functions, district mission groups. Idempotent. */
export async function seedFunctions(db: Db): Promise<void> {
  const rows = await loadFunctionRows();
  await db.transaction().execute(async (trx) => {
    await upsertReferenceRows(
      trx,
      'functions',
      { code: 'text', scheme: 'text', parent_code: 'text', name_th: 'text', name_en: 'text', sort_order: 'int' },
      rows as unknown as Record<string, unknown>[],
    );
  });
}
