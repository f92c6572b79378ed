import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/tables.js';
import { likeEscape, parseSort } from '../http/list.js';
import type { AreasQuery, AreaView } from './areas.schema.js';

const SORTS = { code: 'a.code', nameTh: 'a.name_th', nameEn: 'a.name_en' } as const;

function areaColumns(db: Db) {
  return db.selectFrom('areas as a').select((eb) => [
    'a.code',
    'a.level',
    'a.parent_code',
    'a.name_th',
    'a.name_en',
    // an index-only count on areas_parent_idx per row of the page, never over the whole table
    eb.selectFrom('areas as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.parent_code', '=', 'a.code').as('child_count'),
  ]);
}

type AreaRow = { code: string; level: AreaView['level']; parent_code: string | null; name_th: string; name_en: string; child_count: number | null };

const toView = (r: AreaRow): AreaView => ({
  code: r.code,
  level: r.level,
  parentCode: r.parent_code,
  nameTh: r.name_th,
  nameEn: r.name_en,
  childCount: Number(r.child_count ?? 0),
});

/** Areas by level and/or parent, searched by Thai or English name or code. */
export async function listAreas(db: Db, query: AreasQuery): Promise<{ items: AreaView[]; total: number }> {
  const q = query.q?.trim();
  const filters = (eb: ExpressionBuilder<DB & { a: DB['areas'] }, 'a'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (query.level) conditions.push(eb('a.level', '=', query.level));
    if (query.parent) conditions.push(eb('a.parent_code', '=', query.parent));
    if (q && /^\d+$/.test(q)) {
      // digits are a DOPA code prefix: '4101' finds the district and its subdistricts
      conditions.push(eb('a.code', 'like', `${q}%`));
    } else if (q) {
      // the same expression as areas_name_trgm_idx, so the trigram index serves the match;
      // an exact code ('TH', 'ASEAN') is a primary-key probe beside it
      conditions.push(eb.or([eb(sql<string>`a.name_th || ' ' || a.name_en`, 'ilike', `%${likeEscape(q)}%`), eb('a.code', '=', q.toUpperCase())]));
    }
    return eb.and(conditions);
  };
  const [{ total }] = await db
    .selectFrom('areas as a')
    .where(filters)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute();
  let rows = areaColumns(db).where(filters);
  if (q && !query.sort) {
    // a search is usually "which province/district is this": larger areas first
    rows = rows.orderBy('a.depth').orderBy('a.code');
  } else {
    const sort = parseSort(query.sort, Object.keys(SORTS) as (keyof typeof SORTS)[], 'code');
    rows = rows.orderBy(SORTS[sort.field], sort.direction).orderBy('a.code');
  }
  const page = await rows.limit(query.limit).offset(query.offset).execute();
  return { items: page.map(toView), total: Number(total) };
}

export async function findAreas(db: Db, codes: string[]): Promise<AreaView[]> {
  if (codes.length === 0) return [];
  const rows = await areaColumns(db).where('a.code', 'in', codes).orderBy('a.depth').orderBy('a.code').execute();
  return rows.map(toView);
}

/** One area with its ancestors, root first; undefined when the code is unknown. */
export async function findAreaWithAncestors(db: Db, code: string) {
  const area = await db.selectFrom('areas').select('path').where('code', '=', code).executeTakeFirst();
  if (!area) return undefined;
  // '/ASEAN/TH/41/' → ASEAN, TH, 41: the path already names every ancestor
  const codes = area.path.split('/').filter(Boolean);
  const views = await findAreas(db, codes);
  const self = views.find((v) => v.code === code)!;
  return { ...self, ancestors: views.filter((v) => v.code !== code) };
}

/** The codes in `codes` that are not areas, in the order given. */
export async function unknownAreaCodes(db: Db, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = new Set((await db.selectFrom('areas').select('code').where('code', 'in', codes).execute()).map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}
