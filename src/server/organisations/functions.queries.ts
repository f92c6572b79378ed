import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/tables.js';
import { likeEscape } from '../http/list.js';
import type { FunctionsQuery, FunctionView } from './functions.schema.js';

export function selectFunctionViews(db: Db) {
  return db.selectFrom('functions as f').select(['f.code', 'f.scheme', 'f.parent_code', 'f.name_th', 'f.name_en', 'f.sort_order']);
}

export const toFunctionView = (r: { code: string; scheme: string; parent_code: string | null; name_th: string; name_en: string }): FunctionView => ({
  code: r.code,
  scheme: r.scheme,
  parentCode: r.parent_code,
  nameTh: r.name_th,
  nameEn: r.name_en,
});

/** Functions in their source order: a scheme, the sub-functions of a parent ("root": top level), a search. */
export async function listFunctions(db: Db, query: FunctionsQuery): Promise<{ items: FunctionView[]; total: number }> {
  const q = query.q?.trim();
  const filters = (eb: ExpressionBuilder<DB & { f: DB['functions'] }, 'f'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (query.scheme) conditions.push(eb('f.scheme', '=', query.scheme));
    if (query.parent === 'root') conditions.push(eb('f.parent_code', 'is', null));
    else if (query.parent) conditions.push(eb('f.parent_code', '=', query.parent));
    // a few hundred rows: a plain scan is faster than any index here
    if (q) conditions.push(eb.or([eb(sql<string>`f.name_th || ' ' || f.name_en`, 'ilike', `%${likeEscape(q)}%`), eb('f.code', 'ilike', `${likeEscape(q)}%`)]));
    return eb.and(conditions);
  };
  const [{ total }] = await db
    .selectFrom('functions as f')
    .where(filters)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute();
  const rows = await selectFunctionViews(db)
    .where(filters)
    .orderBy('f.scheme')
    .orderBy('f.sort_order')
    .orderBy('f.code')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items: rows.map(toFunctionView), total: Number(total) };
}
